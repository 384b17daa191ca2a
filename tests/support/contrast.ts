import type { Locator } from '@playwright/test';

/** WCAG relative luminance of an "rgb(r, g, b)" colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio between a text's colour and the background of `background` (an opaque ancestor). */
export async function contrastRatio(text: Locator, background: Locator): Promise<number> {
  const fore = await text.evaluate((element) => getComputedStyle(element).color);
  const back = await background.evaluate((element) => getComputedStyle(element).backgroundColor);
  const [light, dark] = [luminance(fore), luminance(back)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
