import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The page and card backgrounds of each theme, read from the tokens in src/app/styles.css. */
export function themeBackgrounds(): { light: string[]; dark: string[] } {
  const css = readFileSync(resolve(__dirname, '../../src/app/styles.css'), 'utf8');
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
  const pick = (block: string) =>
    ['--bg', '--bg-soft', '--bg-raised'].map((name) => {
      const match = new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block);
      if (!match) throw new Error(`${name} not found`);
      return match[1]!;
    });
  return { light: pick(css.slice(0, darkStart)), dark: pick(css.slice(darkStart)) };
}
