/** Colour arithmetic for the contrast tests: WCAG 2.2 relative luminance and contrast ratio. */

let context: CanvasRenderingContext2D | undefined;

/**
 * A computed colour as sRGB bytes, whatever syntax the browser computes it to (`rgb()`,
 * `color(srgb …)`): a canvas paints it and reads the pixel back.
 */
export function rgb(color: string): [number, number, number] {
  if (!context) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    context = canvas.getContext('2d', { willReadFrequently: true })!;
  }
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  if (a !== 255) throw new Error(`${color} is not opaque`);
  return [r!, g!, b!];
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** The colour `value` computes to in `parent`, read from a probe placed there for the moment. */
export function computedColour(value: string, parent: ParentNode = document.body): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  parent.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/**
 * The colour a token resolves to inside an element, read from a probe placed in its shadow root
 * (so that light-dark() and color-mix() resolve as they do for the element's own content).
 */
export function tokenColour(element: Element, token: string): string {
  return computedColour(`var(${token})`, element.shadowRoot!);
}
