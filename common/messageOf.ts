/** The text to show for anything a call threw. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
