import { describe, expect, it } from "vitest";
import { type Coordinates, distanceKm } from "./distance.js";
import { knownPostalCodes } from "./known-postal-codes.js";

/** A small seeded generator, so a failing property names the same points on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomPoints(count: number, seed: number): Coordinates[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ({
    latitude: random() * 180 - 90,
    longitude: random() * 360 - 180,
  }));
}

function town(code: string): Coordinates {
  const found = knownPostalCodes.find((postalCode) => postalCode.code === code);
  if (!found) throw new Error(`no known postal code ${code}`);
  return found;
}

describe("distanceKm", () => {
  const points = randomPoints(300, 20260403);

  it("is zero from a point to itself", () => {
    for (const point of points) expect(distanceKm(point, point)).toBe(0);
  });

  it("is symmetric and never negative", () => {
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1], points[i]];
      if (!a || !b) continue;
      expect(distanceKm(a, b)).toBeGreaterThanOrEqual(0);
      expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
    }
  });

  it("keeps the triangle inequality", () => {
    for (let i = 2; i < points.length; i++) {
      const [a, b, c] = [points[i - 2], points[i - 1], points[i]];
      if (!a || !b || !c) continue;
      expect(distanceKm(a, c)).toBeLessThanOrEqual(distanceKm(a, b) + distanceKm(b, c) + 1e-9);
    }
  });

  it("is at most half the Earth's circumference, even between antipodes", () => {
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(
      Math.PI * 6371.0088,
      6,
    );
    expect(distanceKm({ latitude: 90, longitude: 0 }, { latitude: -90, longitude: 0 })).toBeCloseTo(
      Math.PI * 6371.0088,
      6,
    );
  });

  it("gives real Danish distances as the crow flies", () => {
    // Roskilde to Sønderborg is about 165 km in a straight line (about 250 km by road, over the Great Belt).
    expect(distanceKm(town("4000"), town("6400"))).toBeGreaterThan(160);
    expect(distanceKm(town("4000"), town("6400"))).toBeLessThan(170);
    // Roskilde to Køge, a short commute: about 20 km.
    expect(distanceKm(town("4000"), town("4600"))).toBeGreaterThan(17);
    expect(distanceKm(town("4000"), town("4600"))).toBeLessThan(23);
    // One degree of latitude is about 111 km anywhere.
    expect(distanceKm({ latitude: 55, longitude: 12 }, { latitude: 56, longitude: 12 })).toBeCloseTo(
      111.2,
      1,
    );
  });
});
