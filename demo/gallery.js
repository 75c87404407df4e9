// Shows each theme's CSS beside it, read from the <style data-theme> that applies it, so the
// code on show is the code in use; and fills each themed panel with the default panel's elements,
// so that the panels differ by their CSS alone (and by the role a panel opens).
for (const code of document.querySelectorAll('[data-css-of]')) {
  const style = document.querySelector(`style[data-theme="${code.dataset.cssOf}"]`);
  const lines = (style?.textContent ?? '').replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => line.search(/\S/)));
  code.textContent = lines.map((line) => line.slice(indent)).join('\n');
}

for (const preview of document.querySelectorAll('[data-preview-of]')) {
  const original = document.getElementById(preview.dataset.previewOf);
  preview.replaceChildren(...[...original.children].map((element) => element.cloneNode(true)));
  // A panel may open a role, to show the accent on links.
  if (preview.dataset.selected)
    preview.querySelector('pm-ladder')?.setAttribute('selected', preview.dataset.selected);
}
