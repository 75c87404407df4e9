import { readFileSync } from 'node:fs';

// The design tokens are shared by every element and documented once, by `@cssprop` lines on
// `tokens` in src/internal/tokens.ts; this reads them and lists them for each element.
function sharedTokens() {
  const source = readFileSync(new URL('./src/internal/tokens.ts', import.meta.url), 'utf8');
  // A token without a default (`[--pm-name]`) is listed too, with none.
  const tokens = [...source.matchAll(/@cssprop \[(--[\w-]+)(?:=(.*?))?\] - (.*)/g)].map(
    ([, name, defaultValue, description]) => ({
      name,
      ...(defaultValue && { default: defaultValue }),
      description,
    }),
  );
  if (!tokens.length) throw new Error('no @cssprop lines found in src/internal/tokens.ts');
  return {
    name: 'pm-shared-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          const own = new Set((declaration.cssProperties ?? []).map((property) => property.name));
          declaration.cssProperties = [
            ...(declaration.cssProperties ?? []),
            ...tokens.filter((token) => !own.has(token.name)),
          ];
        }
      }
    },
  };
}

// The analyzer lists modules in the order the file system gives them, which differs between
// machines; sorting them by path keeps the manifest the same wherever it is generated.
function modulesByPath() {
  return {
    name: 'pm-modules-by-path',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

// What tools read from the manifest to find the tags: the define module registers each element
// through a helper, which the analyzer reads as one definition of a tag named `tag`; this lists
// one definition per tag instead, pointing at its class. The abstract base class is no element.
function elementDefinitions() {
  return {
    name: 'pm-element-definitions',
    packageLinkPhase({ customElementsManifest }) {
      const elements = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement && !declaration.tagName) {
            delete declaration.customElement;
            delete declaration.cssProperties;
          } else if (declaration.customElement) {
            elements.push({ tag: declaration.tagName, name: declaration.name, module: module.path });
          }
        }
      }
      const define = customElementsManifest.modules.find((module) => module.path === 'src/define.ts');
      if (!define) throw new Error('src/define.ts is not in the manifest');
      define.exports = elements.map(({ tag, name, module }) => ({
        kind: 'custom-element-definition',
        name: tag,
        declaration: { name, module },
      }));
    },
  };
}

// `npm run analyze` writes custom-elements.json from the elements' JSDoc. Internal modules, the
// default ladder's data and the message tables are left out: the manifest describes the public API.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/internal/**', 'src/data/default-ladder.ts', 'src/data/currencies.ts', 'src/locales/**'],
  outdir: '.',
  litelement: true,
  // The manifest's path in package.json is fixed; a check run into another folder must not move it.
  packagejson: false,
  plugins: [sharedTokens(), elementDefinitions(), modulesByPath()],
};
