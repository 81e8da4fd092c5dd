/**
 * The width of the generated code, shared by two stages: the emitters that lay lines out themselves (the type tables)
 * lay them out for it, and the format stage fills it.
 */
export const PRINT_WIDTH = 110;
