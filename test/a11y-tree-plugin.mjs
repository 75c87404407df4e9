/**
 * `executeServerCommand('a11y-tree')`: Chromium's whole accessibility tree, as a screen reader is
 * given it, uninteresting nodes included. The a11ySnapshot command of @web/test-runner-commands
 * prunes it (a group with nothing to focus inside is left out) and cannot be asked not to.
 */
export function a11yTreePlugin() {
  return {
    name: 'a11y-tree',
    async executeCommand({ command, session }) {
      if (command !== 'a11y-tree') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`a11y-tree needs Chromium's DevTools protocol, not ${session.browser.type}.`);
      }
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}
