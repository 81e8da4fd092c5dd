/** The width prettier fills in the format stage; the emitters that lay out lines themselves lay them out for it. */
export const PRINT_WIDTH = 110;
