/**
 * A test command that emulates any CSS media feature, such as `forced-colors`, which neither the
 * stock `emulateMedia` command nor puppeteer's `emulateMediaFeatures` offers. It speaks the Chrome
 * DevTools Protocol, so Chromium only; in other browsers it answers `false`. Firefox runs the
 * media-features tests in an instance started with those features on (web-test-runner.config.mjs).
 *
 * In a test: `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`,
 * and `[]` to end the emulation.
 */
export function mediaFeaturesPlugin() {
  // One protocol session per page: its overrides last as long as it does.
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      let client = sessions.get(page);
      if (!client) {
        try {
          client = await page.createCDPSession();
        } catch {
          return false; // Firefox, driven over WebDriver BiDi
        }
        sessions.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}
