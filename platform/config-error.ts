/** A configuration value refused at start, naming the variable (its own module: the CLI loads it without the rest). */
export class ConfigError extends Error {}
