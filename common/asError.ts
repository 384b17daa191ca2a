/** Anything a call threw, as an Error to keep or pass on (a thrown string or object becomes its text). */
export const asError = (thrown: unknown): Error => (thrown instanceof Error ? thrown : new Error(String(thrown)));
