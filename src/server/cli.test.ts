import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/support/test-app.js";

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/server/cli.ts", ...args], {
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PUBLIC_URL: "http://nextwork.test",
      LOG_LEVEL: "silent",
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function count(table: string): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(`select count(*)::int as n from ${table}`)).rows[0].n;
  } finally {
    await client.end();
  }
}

describe("operator CLI", () => {
  it("creates a municipality and users, invites without a password, and disables", async () => {
    const municipality = cli(
      "municipality:create",
      "--name",
      "Køge Kommune",
      "--slug",
      "koege",
      "--code",
      "259",
    );
    expect(municipality.code).toBe(0);
    expect(municipality.stdout).toContain("Køge Kommune");

    const withPassword = cli(
      "user:create",
      "--email",
      "leder@koege.test",
      "--name",
      "Leder",
      "--role",
      "municipality_admin",
      "--municipality",
      "koege",
      "--password",
      "a-long-enough-passphrase",
    );
    expect(withPassword.code).toBe(0);

    const invited = cli(
      "user:create",
      "--email",
      "ny@koege.test",
      "--name",
      "Ny",
      "--role",
      "staff",
      "--municipality",
      "koege",
    );
    expect(invited.code).toBe(0);
    expect(invited.stdout).toMatch(/http:\/\/nextwork\.test\/invitation\/[\w-]{40,}/);

    const disabled = cli("user:disable", "--email", "ny@koege.test");
    expect(disabled.code).toBe(0);
    expect(await count("users where status = 'disabled'")).toBe(1);
  });

  it("exits 1 with a message on stderr and writes nothing on bad input", async () => {
    const before = await count("users");
    const cases = [
      ["municipality:create", "--name", "X", "--slug", "x", "--code", "12"],
      ["user:create", "--email", "not-an-email", "--name", "X", "--role", "staff", "--municipality", "koege"],
      ["user:create", "--email", "a@b.test", "--name", "X", "--role", "staff"],
      ["user:create", "--email", "a@b.test", "--name", "X", "--role", "staff", "--municipality", "nowhere"],
      [
        "user:create",
        "--email",
        "a@b.test",
        "--name",
        "X",
        "--role",
        "researcher",
        "--password",
        "password123",
      ],
      ["user:disable", "--email", "nobody@b.test"],
      ["no-such-command"],
      ["user:create", "--unknown-flag", "x"],
    ];
    for (const args of cases) {
      const result = cli(...args);
      expect(result.code, args.join(" ")).toBe(1);
      expect(result.stderr, args.join(" ")).toMatch(/^Error: .+/);
    }
    expect(await count("users")).toBe(before);
  });

  it("imports postal codes from a DAWA postnumre file, upserting and counting those without a centre", async () => {
    const first = cli("postal-codes:import", "tests/fixtures/postal-codes.json");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      "Imported 4 postal codes from tests/fixtures/postal-codes.json: 4 new, 0 updated.",
    );
    expect(first.stdout).toContain("Skipped 1 without a centre (visueltcenter null): 0800");
    expect(await count("postal_codes")).toBe(4);

    const again = cli("postal-codes:import", "tests/fixtures/postal-codes.json");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("0 new, 4 updated");
    expect(await count("postal_codes where code = '3700' and name = 'Rønne'")).toBe(1);
  });

  it("refuses a bad postal code file with a message on stderr and writes nothing", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "nextwork-cli-"));
    const notJson = path.join(folder, "postnumre.csv");
    writeFileSync(notJson, "nr;navn\n4000;Roskilde\n");
    const before = await count("postal_codes");
    const cases = [
      [["postal-codes:import", notJson], /Not JSON/],
      [
        ["postal-codes:import", "tests/fixtures/postal-codes-wrong-shape.json"],
        /Entry 2, nr: Expected four digits/,
      ],
      [["postal-codes:import", path.join(folder, "missing.json")], /Cannot read/],
      [["postal-codes:import"], /Give one file/],
      [["user:disable", "--email", "a@b.test", "stray-argument"], /Unexpected argument: stray-argument/],
    ] as const;
    for (const [args, message] of cases) {
      const result = cli(...args);
      expect(result.code, args.join(" ")).toBe(1);
      expect(result.stderr, args.join(" ")).toMatch(/^Error: .+/);
      expect(result.stderr, args.join(" ")).toMatch(message);
    }
    expect(await count("postal_codes")).toBe(before);
    rmSync(folder, { recursive: true });
  });
});
