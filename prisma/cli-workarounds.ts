// Workarounds needed only in the Prisma CLI process (migrate), kept in one place so
// each can be deleted when its upstream issue is fixed.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

type FieldDescription = { dataTypeID: number };
type ResultPrototype = { addFields(fields: FieldDescription[]): void };

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

// prisma/orm#27403: the WASM schema engine cannot deserialize catalog columns of type
// `name` and `"char"` when migrating through adapter-pg. Reporting them as text is
// lossless for the engine, which only compares them as strings.
const resultPrototype = (pg as unknown as { Result: { prototype: ResultPrototype } }).Result.prototype;
const addFields = resultPrototype.addFields;
resultPrototype.addFields = function (fields: FieldDescription[]) {
  for (const field of fields) {
    if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return addFields.call(this, fields);
};

// prisma/orm#29635: on PostgreSQL 18 (PGlite 0.5) the schema engine panics on
// pg_constraint rows of contype 'n' (NOT NULL constraints, new in 18).
// Rewriting the engine's catalog query in the driver keeps the fix out of vendored code.
type QueryConfig = { text: string };
const clientPrototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
const query = clientPrototype.query;
clientPrototype.query = function (this: unknown, ...args: unknown[]) {
  const [first] = args;
  if (first && typeof first === "object" && typeof (first as QueryConfig).text === "string") {
    const config = first as QueryConfig;
    args[0] = { ...config, text: patchConstraintFilter(config.text) };
  } else if (typeof first === "string") {
    args[0] = patchConstraintFilter(first);
  }
  return query.apply(this, args);
};

function patchConstraintFilter(sql: string): string {
  return sql.replace(/contype NOT IN \('p', 'u', 'f'\)/g, "contype NOT IN ('p', 'u', 'f', 'n')");
}

// @prisma/adapter-pg 6.19 executeScript() splits migration scripts on every ";", which
// breaks dollar-quoted function bodies (our triggers). Sending the whole script as one
// simple-protocol query lets PostgreSQL parse it, and runs it as one implicit transaction.
type ScriptAdapter = {
  client: { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
  executeScript(script: string): Promise<void>;
};

function sendScriptWhole<T>(adapter: T): T {
  const target = adapter as unknown as ScriptAdapter;
  target.executeScript = async function (this: ScriptAdapter, script: string) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  return adapter;
}

export class MigrationPg extends PrismaPg {
  override async connect() {
    return sendScriptWhole(await super.connect());
  }
  override async connectToShadowDb() {
    return sendScriptWhole(await super.connectToShadowDb());
  }
}

