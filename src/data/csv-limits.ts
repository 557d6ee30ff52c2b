/** Largest CSV file accepted: bigger ones would take seconds to parse and train on for no gain here. */
export const maxCsvBytes = 5_000_000;

/** Most rows accepted in a CSV file. */
export const maxCsvRows = 100_000;
