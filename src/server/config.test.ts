import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("configuration", () => {
  it("has working defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      publicUrl: "http://localhost:3000",
      databaseUrl: undefined,
      seedDemoData: true,
      demoPassword: "nextwork-demo",
      sessionIdleMs: 30 * 60_000,
      sessionAbsoluteMs: 12 * 60 * 60_000,
      isProduction: false,
      backgroundJobs: true,
    });
  });

  it("turns the background jobs off only when asked", () => {
    expect(loadConfig({ BACKGROUND_JOBS: "off" }).backgroundJobs).toBe(false);
    expect(loadConfig({ BACKGROUND_JOBS: "on" }).backgroundJobs).toBe(true);
    expect(() => loadConfig({ BACKGROUND_JOBS: "sometimes" })).toThrow(/BACKGROUND_JOBS/);
  });

  it("seeds demo data on an external database only when asked", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://x/y" }).seedDemoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: "postgres://x/y", NEXTWORK_DEMO: "true" }).seedDemoData).toBe(true);
    expect(loadConfig({ NEXTWORK_DEMO: "false" }).seedDemoData).toBe(false);
  });

  it("fails fast, naming every bad variable", () => {
    expect(() => loadConfig({ PORT: "eighty", SESSION_IDLE_MINUTES: "-1" })).toThrow(
      /PORT[\s\S]*SESSION_IDLE_MINUTES/,
    );
  });
});
