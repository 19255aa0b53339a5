import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import type pg from "pg";
import { hashPassword } from "../src/server/accounts/passwords.js";
import { loadConfig } from "../src/server/config.js";
import { startDatabase } from "../src/server/db/start-database.js";
import {
  CONNECTIONS,
  DURATION_SECONDS,
  type Measurement,
  measure,
  type RunningServer,
  startServer,
} from "./server.js";

/**
 * A matchmaking event end to end (issue 5), on the real server over a fresh embedded database:
 * 10,000 young people and 2,000 openings (1-3 seats each), every young person ranking 10 openings
 * and every opening 10 of the young people who ranked it.
 *  (a) POST /api/matchmaking-events/:id/assignment, which loads the rankings, assigns (in the worker
 *      thread, above 2,000 young people) and saves the proposal: target under 2 s.
 *  (b) GET /api/me from 20 clients while that request runs again and again: target p99 under 50 ms,
 *      i.e. a large run does not stall the server.
 */

const STAFF = { email: "staff@event-benchmark.test", password: "bench-password-horse-battery" };
const YOUTH = 10_000;
const OPENINGS = 2_000;
const LIST_LENGTH = 10;
const WARM_RUNS = 5;
const TARGET_RUN_MS = 2_000;
const TARGET_P99_MS = 50;

/** Fills an empty, migrated database with the event; bulk SQL, a few seconds. Answers the event id. */
async function generateEventData(pool: pg.Pool): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    // The change-counting triggers would fire once per row; this is a fresh benchmark database.
    await client.query("set local session_replication_role = replica");
    await client.query("select setseed(0.265)");
    const municipality = await client.query<{ id: string }>(
      "insert into municipalities (id, name, slug, code) values (gen_random_uuid(), 'Benchmark Kommune', 'benchmark', '997') returning id",
    );
    const municipalityId = municipality.rows[0]?.id;
    if (!municipalityId) throw new Error("no municipality");
    const passwordHash = await hashPassword(STAFF.password);
    const staff = await client.query<{ id: string }>(
      `insert into users (id, email, display_name, role, municipality_id, status, password_hash)
       values (gen_random_uuid(), $1, 'Staff Benchmark', 'staff', $2, 'active', $3) returning id`,
      [STAFF.email, municipalityId, passwordHash],
    );
    await client.query(
      `insert into companies (id, municipality_id, cvr, name, postal_code, employee_count)
       select gen_random_uuid(), $1, lpad(i::text, 8, '0'), 'Benchmark ' || i || ' ApS', '4000', 20
       from generate_series(1, $2::int) i`,
      [municipalityId, OPENINGS / 5],
    );
    await client.query(
      `with c as (select array_agg(id order by id) ids from companies where municipality_id = $1)
       insert into openings (id, municipality_id, company_id, title, occupation_field, description,
         hours_per_week, seats, workplace_postal_code, status)
       select gen_random_uuid(), $1, c.ids[1 + (i % array_length(c.ids, 1))], 'Praktik nr. ' || i,
         'retail', 'En praktik i en af netværkets virksomheder.', 20, 1 + i % 3, '4000', 'open'
       from generate_series(1, $2::int) i, c`,
      [municipalityId, OPENINGS],
    );
    // The young people's users share one password hash; they never log in here.
    await client.query(
      `create temp table bench_youth on commit drop as
       select gen_random_uuid() as youth_id, gen_random_uuid() as user_id, i - 1 as i
       from generate_series(1, $1::int) i`,
      [YOUTH],
    );
    await client.query(
      `insert into users (id, email, display_name, role, municipality_id, status, password_hash)
       select user_id, 'ung-' || i || '@event-benchmark.test', 'Ung ' || i || ' Benchmark', 'youth', $1, 'active', $2
       from bench_youth`,
      [municipalityId, passwordHash],
    );
    await client.query(
      `insert into youth (id, municipality_id, user_id, birth_date, postal_code, status, enrolled_on)
       select youth_id, $1, user_id, '2005-03-14', '4000', 'active', '2026-09-01' from bench_youth`,
      [municipalityId],
    );
    await client.query(
      `insert into youth_consents (id, youth_id, municipality_id, kind, granted, text_version, recorded_at)
       select gen_random_uuid(), youth_id, $1, 'profile_visible_to_companies', true, 'bench', now() from bench_youth`,
      [municipalityId],
    );
    const event = await client.query<{ id: string }>(
      `insert into matchmaking_events (id, municipality_id, title, event_date, place, ranking_opens_at,
         ranking_closes_at, status, created_by_user_id)
       values (gen_random_uuid(), $1, 'Benchmark-matchmaking', current_date - 7, 'Hallen',
         now() - interval '6 days', now() - interval '1 hour', 'ranking', $2)
       returning id`,
      [municipalityId, staff.rows[0]?.id],
    );
    const eventId = event.rows[0]?.id;
    if (!eventId) throw new Error("no event");
    await client.query(
      "insert into matchmaking_event_youth (event_id, youth_id, municipality_id) select $1, youth_id, $2 from bench_youth",
      [eventId, municipalityId],
    );
    await client.query(
      `create temp table bench_openings on commit drop as
       select id as opening_id, seats, (row_number() over (order by id) - 1)::int as i
       from openings where municipality_id = $1`,
      [municipalityId],
    );
    await client.query(
      `insert into matchmaking_event_openings (event_id, opening_id, municipality_id, capacity)
       select $1, opening_id, $2, seats from bench_openings`,
      [eventId, municipalityId],
    );
    // Ten different openings per young person: a random start, then steps of 197 (which 2,000 does
    // not divide into fewer than ten distinct places).
    await client.query(
      `insert into matchmaking_youth_rankings (event_id, youth_id, opening_id, municipality_id, rank)
       select $1, y.youth_id, o.opening_id, $2, k + 1
       from (select youth_id, floor(random() * $3::int)::int as start from bench_youth) y
         cross join generate_series(0, $4::int - 1) k
         join bench_openings o on o.i = (y.start + k * 197) % $3::int`,
      [eventId, municipalityId, OPENINGS, LIST_LENGTH],
    );
    await client.query(
      `insert into matchmaking_company_rankings (event_id, opening_id, youth_id, municipality_id, rank)
       select $1, opening_id, youth_id, $2, rank from (
         select opening_id, youth_id, row_number() over (partition by opening_id order by random())::int as rank
         from matchmaking_youth_rankings where event_id = $1) r
       where rank <= $3`,
      [eventId, municipalityId, LIST_LENGTH],
    );
    await client.query(
      "insert into matching_index_versions (municipality_id, version) values ($1, 1) on conflict do nothing",
      [municipalityId],
    );
    await client.query("commit");
    return eventId;
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
}

async function logIn(base: string): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(STAFF),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  const body: unknown = await response.json();
  const csrfToken = typeof body === "object" && body !== null ? Reflect.get(body, "csrfToken") : undefined;
  if (!response.ok || !cookie || typeof csrfToken !== "string")
    throw new Error(`login failed: ${response.status}`);
  return { cookie, csrfToken };
}

interface RunResult {
  ms: number;
  assigned: number;
  byChoice: number[];
}

/** One POST of the assignment, timed from request to the whole proposal received. */
async function runOnce(server: RunningServer, eventId: string, auth: { cookie: string; csrfToken: string }) {
  const started = performance.now();
  const response = await fetch(`${server.base}/api/matchmaking-events/${eventId}/assignment`, {
    method: "POST",
    headers: { cookie: auth.cookie, "x-csrf-token": auth.csrfToken },
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`assignment: ${response.status} ${text.slice(0, 300)}`);
  const summary: unknown = Reflect.get(JSON.parse(text), "summary");
  const assigned =
    typeof summary === "object" && summary !== null ? Reflect.get(summary, "assigned") : undefined;
  const byChoice =
    typeof summary === "object" && summary !== null ? Reflect.get(summary, "byChoice") : undefined;
  if (typeof assigned !== "number" || !Array.isArray(byChoice)) throw new Error("assignment: no summary");
  return {
    ms,
    assigned,
    byChoice: byChoice.filter((n): n is number => typeof n === "number"),
  } satisfies RunResult;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** GET /api/me from CONNECTIONS clients while the assignment runs back to back on the same server. */
async function measureDuringRuns(
  server: RunningServer,
  eventId: string,
  auth: { cookie: string; csrfToken: string },
): Promise<{ measurement: Measurement; runs: number[] }> {
  const runs: number[] = [];
  let measuring = true;
  const loop = (async () => {
    while (measuring) runs.push((await runOnce(server, eventId, auth)).ms);
  })();
  const result = await autocannon({
    url: `${server.base}/api/me`,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    headers: { cookie: auth.cookie },
  });
  measuring = false;
  await loop;
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`GET /api/me during runs: ${result.non2xx} non-2xx, ${result.errors} errors`);
  }
  return {
    measurement: {
      route: `GET /api/me while the assignment runs back to back`,
      "requests/s": Math.round(result.requests.average),
      "p50 ms": result.latency.p50,
      "p99 ms": result.latency.p99,
      requests: result.requests.total,
    },
    runs,
  };
}

/** Generates the event, starts the server, measures; answers whether the targets were met. */
export async function benchEventAssignment(): Promise<boolean> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nextwork-bench-events-"));
  try {
    const generationStarted = performance.now();
    const config = loadConfig({
      NODE_ENV: "development",
      LOG_LEVEL: "warn",
      DATA_DIR: dataDir,
      ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    });
    const quiet = { info: () => {}, warn: (m: string) => console.warn(m), error: () => {} };
    const database = await startDatabase(config, quiet);
    let eventId: string;
    try {
      eventId = await generateEventData(database.pool);
    } finally {
      await database.shutdown();
    }
    const generationSeconds = (performance.now() - generationStarted) / 1000;

    const server = await startServer(dataDir, { NEXTWORK_DEMO: "false" });
    try {
      const auth = await logIn(server.base);
      // The first run also starts the worker thread (tsx in a new isolate).
      const first = await runOnce(server, eventId, auth);
      const warm: RunResult[] = [];
      for (let i = 0; i < WARM_RUNS; i++) warm.push(await runOnce(server, eventId, auth));
      const baseline = await measure("GET /api/me, nothing else running", `${server.base}/api/me`, {
        cookie: auth.cookie,
      });
      const during = await measureDuringRuns(server, eventId, auth);

      const warmMs = warm.map((run) => run.ms);
      // The target is for the request on its own; the runs under load show what the load costs them.
      const slowest = Math.max(first.ms, ...warmMs);
      console.log(
        `\nMatchmaking event: ${YOUTH} young people x ${OPENINGS} openings, lists of ${LIST_LENGTH} each way, ${os.cpus().length} cores, Node ${process.version}`,
      );
      console.log(
        `data generated in ${generationSeconds.toFixed(1)} s; ${first.assigned} young people assigned, by choice ${first.byChoice.join("/")}`,
      );
      console.table([
        { "POST /assignment": "first (starts the worker)", ms: Math.round(first.ms) },
        { "POST /assignment": `median of ${WARM_RUNS} more`, ms: Math.round(median(warmMs)) },
        {
          "POST /assignment": `median of ${during.runs.length} under load`,
          ms: Math.round(median(during.runs)),
        },
        { "POST /assignment": "slowest without load", ms: Math.round(slowest) },
      ]);
      console.table([baseline, during.measurement]);
      const verdict = (met: boolean) => (met ? "met" : "NOT MET");
      const runMet = slowest < TARGET_RUN_MS;
      const p99Met = during.measurement["p99 ms"] < TARGET_P99_MS;
      console.log(
        `target end to end < ${TARGET_RUN_MS} ms (slowest run): ${Math.round(slowest)} ms ${verdict(runMet)}`,
      );
      console.log(
        `target p99 < ${TARGET_P99_MS} ms for other requests during runs: ${during.measurement["p99 ms"]} ms ${verdict(p99Met)}`,
      );
      return runMet && p99Met;
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
