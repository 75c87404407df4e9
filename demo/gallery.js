// Shows each theme's CSS beside it, read from the <style data-theme> that applies it, so the
// code on show is the code in use.
for (const code of document.querySelectorAll('[data-css-of]')) {
  const style = document.querySelector(`style[data-theme="${code.dataset.cssOf}"]`);
  const lines = (style?.textContent ?? '').replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => line.search(/\S/)));
  code.textContent = lines.map((line) => line.slice(indent)).join('\n');
}
