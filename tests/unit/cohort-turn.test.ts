import { describe, expect, it } from "vitest";
import { awaitCohortTurn } from "@/server/cohorts/cohort-turn";

type Seats = { left: number };
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("cohort turns", () => {
  it("lets one writer at a time in per cohort, in arrival order", async () => {
    const log: string[] = [];
    const writer = async (name: string) => {
      const turn = await awaitCohortTurn<Seats>("hold-a", () => true);
      expect(turn).not.toBeNull();
      log.push(`${name} in`);
      await tick();
      log.push(`${name} out`);
      turn!.release();
    };
    await Promise.all(["1", "2", "3"].map(writer));
    expect(log).toEqual(["1 in", "1 out", "2 in", "2 out", "3 in", "3 out"]);
  });

  it("does not hold up another cohort", async () => {
    const first = await awaitCohortTurn<Seats>("hold-b", () => true);
    const other = await Promise.race([awaitCohortTurn<Seats>("hold-c", () => true), tick().then(() => "waited")]);
    expect(other).not.toBe("waited");
    (other as { release: () => void }).release();
    first!.release();
  });

  it("lets go at once everyone the new state no longer fits, and keeps the order of the rest", async () => {
    const holder = await awaitCohortTurn<Seats>("hold-d", () => true);
    const big = awaitCohortTurn<Seats>("hold-d", (latest) => latest.left >= 5);
    const small = awaitCohortTurn<Seats>("hold-d", (latest) => latest.left >= 2);
    const huge = awaitCohortTurn<Seats>("hold-d", (latest) => latest.left >= 8);
    holder!.release({ left: 3 });
    expect(await big).toBeNull();
    expect(await huge).toBeNull();
    const next = await small;
    expect(next).not.toBeNull();
    // The turn is held again until the one that fitted releases it; a second release is harmless.
    const later = awaitCohortTurn<Seats>("hold-d", () => true);
    expect(await Promise.race([later, tick().then(() => "waited")])).toBe("waited");
    next!.release();
    next!.release();
    const last = await later;
    expect(last).not.toBeNull();
    last!.release();
  });

  it("hands the turn on after a writer that failed and knows nothing new", async () => {
    const holder = await awaitCohortTurn<Seats>("hold-e", () => true);
    const waiting = awaitCohortTurn<Seats>("hold-e", (latest) => latest.left > 0);
    holder!.release();
    const turn = await waiting;
    expect(turn).not.toBeNull();
    turn!.release();
  });
});
