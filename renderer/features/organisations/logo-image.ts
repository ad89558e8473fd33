/**
 * Turns a chosen image file into a logo the contract accepts: a PNG or JPEG
 * data URL of at most ~400 KB (shared/domain/organisation.ts `logoDataUrl`).
 * Logos only decorate report covers, so a few hundred pixels are plenty.
 */

/** Decoded bytes, not base64 characters: 400 KB of image is ~533,000 characters of data URL. */
export const LOGO_MAX_BYTES = 400_000;
/** Sizes tried from the largest down until the image fits. */
const SIDES_PX = [600, 450, 300, 200] as const;
const JPEG_QUALITIES = [0.9, 0.8, 0.65, 0.5] as const;

export type LogoFailure = 'unreadable' | 'tooLarge';
export class LogoError extends Error {
  constructor(readonly reason: LogoFailure) {
    super(`Logo ${reason}`);
  }
}

/** Bytes a base64 data URL decodes to. */
export function dataUrlBytes(dataUrl: string): number {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length * 3) / 4 - padding;
}

function drawn(image: ImageBitmap, sidePx: number, background: string | null): HTMLCanvasElement {
  const scale = Math.min(1, sidePx / Math.max(image.width, image.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.width * scale));
  canvas.height = Math.max(1, Math.round(image.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new LogoError('unreadable');
  // JPEG has no transparency: without a white background, transparent pixels turn black.
  if (background) {
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/**
 * PNG first (keeps a logo's transparency and sharp edges), then JPEG at
 * falling quality, at each size. Any format the browser can decode is
 * accepted as input (PNG, JPEG, WebP, GIF…); the output is always PNG or JPEG.
 */
export async function compressLogo(file: Blob): Promise<string> {
  let image: ImageBitmap;
  try {
    image = await createImageBitmap(file);
  } catch {
    throw new LogoError('unreadable');
  }
  try {
    for (const side of SIDES_PX) {
      const png = drawn(image, side, null).toDataURL('image/png');
      if (png.startsWith('data:image/png') && dataUrlBytes(png) <= LOGO_MAX_BYTES) return png;
      const canvas = drawn(image, side, '#ffffff');
      for (const quality of JPEG_QUALITIES) {
        const jpeg = canvas.toDataURL('image/jpeg', quality);
        if (jpeg.startsWith('data:image/jpeg') && dataUrlBytes(jpeg) <= LOGO_MAX_BYTES) return jpeg;
      }
    }
  } finally {
    image.close();
  }
  throw new LogoError('tooLarge');
}
