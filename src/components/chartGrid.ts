/**
 * For the direction a Recharts CartesianGrid does not draw (`vertical={false}`): Recharts still
 * works out that axis's ticks for the grid, measuring each label in the DOM on the first pass,
 * only to draw no lines. Passing this as that direction's coordinates generator skips the work.
 */
export const NO_GRID_LINES = (): number[] => [];
