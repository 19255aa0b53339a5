import { randomUUID } from "node:crypto";
import { validCvr } from "./domain-factories.js";

/** A body for POST /api/companies that passes every check, with overrides for what a test cares about. */
export function companyBody(overrides: Record<string, unknown> = {}) {
  return {
    cvr: validCvr(),
    pNumbers: ["1012345678"],
    name: `Nyt Firma ${randomUUID().slice(0, 8)} ApS`,
    industry: "Landbrug",
    address: "Møllevej 3",
    postalCode: "4000",
    employeeCount: 8,
    description: "Økologisk gård med dyr og gårdbutik.",
    offers: "Arbejde med dyr, en tålmodig mentor.",
    ...overrides,
  };
}

const IMPORT_HEADER =
  "cvr;name;industry;address;postal_code;employee_count;description;offers;p_numbers;coordinator_email";

/** A CSV import file (UTF-8 BOM, `;`) of `count` valid companies, with fresh CVR numbers. */
export function companyImportCsv(count: number, options: { coordinatorEmail?: string } = {}): string {
  const rows = Array.from({ length: count }, (_, i) =>
    [
      validCvr(),
      `Importeret Firma ${i + 1} ApS`,
      "Detailhandel",
      `Algade ${i + 1}`,
      "4000",
      String(5 + (i % 40)),
      '"Butik med café; åbent alle dage"',
      "Mentor og fleksible timer",
      "1012345678,1012345679",
      options.coordinatorEmail ?? "",
    ].join(";"),
  );
  return `\uFEFF${[IMPORT_HEADER, ...rows].join("\r\n")}\r\n`;
}
