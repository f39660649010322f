import { parseIntoClientConfig } from "pg-connection-string";
import type { PoolConfig } from "pg";

// Built from discrete fields, not `connectionString`: PrismaPg.connectToShadowDb()
// overrides `database`, which pg ignores when a connectionString is present, so the
// shadow database would silently be the main one.
export function pgPoolConfig(url: string, max?: number): PoolConfig {
  const config = parseIntoClientConfig(url) as PoolConfig;
  if (max !== undefined) config.max = max;
  return config;
}
