// `npm start` runs this before migrating anything: the app's own environment rules
// (src/env.ts), so an incomplete production setup stops before it touches the database.
import { parseEnv } from "../src/env";

try {
  const env = parseEnv(process.env);
  console.log(`environment ok (APP_ENV=${env.APP_ENV})`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
