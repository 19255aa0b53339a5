import type { Executor } from "../db/database.js";
import { insertMissingPostalCodes, type PostalCodeRow } from "./reference.repository.js";

/**
 * The postal codes of the two demo municipalities' areas (Roskilde and Sønderborg), with
 * approximate town-centre coordinates, for the demo seed and tests; a real installation imports
 * the full official list with `npm run cli -- postal-codes:import`.
 */
export const knownPostalCodes: readonly PostalCodeRow[] = [
  { code: "4000", name: "Roskilde", latitude: 55.6415, longitude: 12.0803 },
  { code: "4030", name: "Tune", latitude: 55.5934, longitude: 12.1695 },
  { code: "4040", name: "Jyllinge", latitude: 55.7481, longitude: 12.1041 },
  { code: "4060", name: "Kirke Såby", latitude: 55.6526, longitude: 11.8768 },
  { code: "4070", name: "Kirke Hyllinge", latitude: 55.7035, longitude: 11.8951 },
  { code: "4130", name: "Viby Sjælland", latitude: 55.5487, longitude: 12.0262 },
  { code: "4140", name: "Borup", latitude: 55.4951, longitude: 11.9737 },
  { code: "4320", name: "Lejre", latitude: 55.6042, longitude: 11.9743 },
  { code: "4330", name: "Hvalsø", latitude: 55.5898, longitude: 11.8611 },
  { code: "4621", name: "Gadstrup", latitude: 55.5724, longitude: 12.0941 },
  { code: "2640", name: "Hedehusene", latitude: 55.6485, longitude: 12.1958 },
  { code: "2670", name: "Greve", latitude: 55.5833, longitude: 12.2998 },
  { code: "4600", name: "Køge", latitude: 55.458, longitude: 12.1821 },
  { code: "6400", name: "Sønderborg", latitude: 54.909, longitude: 9.7923 },
  { code: "6430", name: "Nordborg", latitude: 55.0578, longitude: 9.7436 },
  { code: "6440", name: "Augustenborg", latitude: 54.951, longitude: 9.8705 },
  { code: "6470", name: "Sydals", latitude: 54.891, longitude: 9.937 },
  { code: "6310", name: "Broager", latitude: 54.8887, longitude: 9.6747 },
  { code: "6320", name: "Egernsund", latitude: 54.9063, longitude: 9.601 },
  { code: "6300", name: "Gråsten", latitude: 54.9192, longitude: 9.5955 },
];

/** Adds the known postal codes that are missing; imported official entries are left as they are. */
export async function insertKnownPostalCodes(db: Executor): Promise<void> {
  await insertMissingPostalCodes(db, knownPostalCodes);
}
