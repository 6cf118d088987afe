/**
 * The d3 scales OfferScope's charts use, standing in for `victory-vendor/d3-scale` (an alias in
 * vite.config.ts). Recharts picks a scale by name from all of d3-scale (`import * as`), so the
 * bundle otherwise keeps the time scales and their date formatting (d3-time, d3-time-format:
 * about 7 KB gzip) that no chart here draws. With `scale="auto"` Recharts asks for `band`
 * (bar categories), `point` (line categories) and `linear` (numbers). A chart that needs another
 * scale type exports it here too.
 */
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
