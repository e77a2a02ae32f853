/** What the graph view asks `drawableGraph` for (also what `npm run bench -- web` measures). */

/** Participants asked for: the medium seed (about 9,300) whole, within the API's cost limit. */
export const DRAW_FIRST = 15_000;
/** Four significant digits size and rank nodes as well as 17 and keep the JSON small. */
export const DRAW_DIGITS = 4;
