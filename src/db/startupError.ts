/** A reason the API cannot start that an operator can act on: printed as one line, then the process exits 1. */
export class StartupError extends Error {}
