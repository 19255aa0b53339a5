import { describe, expect, it } from "vitest";
import { companyImportColumns } from "./companies.schemas.js";
import {
  checkAgainstMunicipality,
  checkImportFile,
  companyImportTemplate,
  type ImportCandidate,
  parseCsv,
} from "./company-import.js";

const header = companyImportColumns.map((c) => c.name).join(";");
const file = (...rows: string[]) => [header, ...rows].join("\r\n");
// Valid under the modulus-11 check (weights 2,7,6,5,4,3,2,1).
const CVR_A = "12345674";
const CVR_B = "24256790";
const row = (cvr: string, name = "Firma ApS", rest = ";;;;;;;") => `${cvr};${name};${rest}`;

describe("parseCsv", () => {
  it("reads ; and , files, with or without a BOM, and every kind of line break", () => {
    expect(parseCsv("\uFEFFa;b\r\n1;2\n3;4\r5;6").records.map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
    expect(parseCsv("a,b\n1,2\n").records.map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("keeps separators, doubled quotes and line breaks inside quoted fields", () => {
    const parsed = parseCsv('a;b\n"x;y";"say ""hej"""\n"line 1\nline 2";z\nlast;row');
    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toEqual([
      { row: 1, fields: ["a", "b"] },
      { row: 2, fields: ["x;y", 'say "hej"'] },
      { row: 3, fields: ["line 1\nline 2", "z"] },
      { row: 4, fields: ["last", "row"] },
    ]);
  });

  it("picks , when the header has commas, so a ; inside a field is just text", () => {
    expect(parseCsv('a,b\n"1,5",x;y').records[1]?.fields).toEqual(["1,5", "x;y"]);
  });

  it("skips blank rows, also those Excel writes as bare separators, but keeps counting rows", () => {
    expect(parseCsv("a;b\n\n;\n1;2\n").records).toEqual([
      { row: 1, fields: ["a", "b"] },
      { row: 4, fields: ["1", "2"] },
    ]);
  });

  it("reports an unclosed quote and text after a closing quote", () => {
    expect(parseCsv('a;b\n"open;2\n').errors).toEqual([
      { row: 2, column: "", message: "A quoted field is never closed" },
    ]);
    expect(parseCsv('a;b\n"x"y;2\n').errors[0]).toMatchObject({ row: 2 });
  });
});

describe("checkImportFile", () => {
  it("accepts the template", () => {
    const checked = checkImportFile(companyImportTemplate());
    expect(checked.errors).toEqual([]);
    expect(checked.candidates).toEqual([
      expect.objectContaining({
        row: 2,
        cvr: "12345674",
        pNumbers: ["1012345678", "1012345679"],
        offers: "En fast mentor; fleksible mødetider",
        employeeCount: 12,
        coordinatorEmail: null,
      }),
    ]);
  });

  it("reports every error of every row with its row number and column", () => {
    const checked = checkImportFile(
      file(
        row(CVR_A),
        row("12345678", ""),
        `1234 5674;Dublet;;;;;;;;`,
        `${CVR_B};Firma;;;40;mange;;;123;ikke-en-mail`,
        `${CVR_B};Firma;;;;;;;;;overflow`,
      ),
    );
    expect(checked.rowCount).toBe(5);
    expect(checked.candidates.map((c) => c.row)).toEqual([2]);
    expect(checked.errors).toEqual([
      { row: 3, column: "cvr", message: expect.stringContaining("modulus-11") },
      { row: 3, column: "name", message: "Required" },
      { row: 4, column: "cvr", message: "The same CVR number as row 2" },
      { row: 5, column: "postal_code", message: "A postal code is 4 digits" },
      { row: 5, column: "employee_count", message: "Must be a whole number" },
      { row: 5, column: "p_numbers", message: "A P-number is 10 digits" },
      { row: 5, column: "coordinator_email", message: "Not an email address" },
      { row: 6, column: "", message: "The row has 11 fields, the header 10" },
    ]);
  });

  it("reports missing, unknown and repeated columns before looking at rows", () => {
    const checked = checkImportFile("name;name;colour\nFirma;Firma;blå");
    expect(checked.errors).toEqual(
      expect.arrayContaining([
        { row: 1, column: "name", message: "The column appears twice" },
        { row: 1, column: "colour", message: "Unknown column" },
        { row: 1, column: "cvr", message: "The column is missing" },
      ]),
    );
    expect(checked.candidates).toEqual([]);
  });

  it("accepts only the required columns, in any order and any case", () => {
    const checked = checkImportFile(`Name,CVR\nFirma,${CVR_A}\n`);
    expect(checked.errors).toEqual([]);
    expect(checked.candidates[0]).toMatchObject({ name: "Firma", cvr: CVR_A, industry: null });
  });

  it("refuses a file that is not UTF-8, and one without companies", () => {
    expect(checkImportFile(`${header}\nK\uFFFDbenhavn`).errors[0]?.message).toContain("UTF-8");
    expect(checkImportFile(`${header}\r\n`).errors).toEqual([
      { row: 0, column: "", message: "The file has no companies" },
    ]);
    expect(checkImportFile("").errors[0]?.message).toBe("The file is empty");
  });
});

describe("checkAgainstMunicipality", () => {
  const candidate = (overrides: Partial<ImportCandidate>): ImportCandidate => ({
    row: 2,
    cvr: CVR_A,
    pNumbers: [],
    name: "Firma",
    industry: null,
    address: null,
    postalCode: null,
    employeeCount: null,
    description: null,
    offers: null,
    coordinatorEmail: null,
    ...overrides,
  });

  it("reports CVRs the municipality has, unknown coordinators and unknown postal codes", () => {
    const checked = checkAgainstMunicipality(
      [
        candidate({ row: 2, cvr: CVR_A }),
        candidate({ row: 3, cvr: CVR_B, coordinatorEmail: "ole@kommune.dk", postalCode: "4000" }),
        candidate({ row: 4, cvr: "10150817", coordinatorEmail: "anne@kommune.dk", postalCode: "9999" }),
      ],
      {
        existingCvrs: new Set([CVR_A]),
        staffIdByEmail: new Map([["ole@kommune.dk", "staff-1"]]),
        unknownPostalCodes: new Set(["9999"]),
      },
    );
    expect(checked.resolved).toEqual([expect.objectContaining({ row: 3, coordinatorUserId: "staff-1" })]);
    expect(checked.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "cvr"],
      [4, "postal_code"],
      [4, "coordinator_email"],
    ]);
  });

  it("accepts a postal code the reference table has not ruled out", () => {
    const checked = checkAgainstMunicipality([candidate({ postalCode: "9999" })], {
      existingCvrs: new Set(),
      staffIdByEmail: new Map(),
      unknownPostalCodes: new Set(),
    });
    expect(checked.errors).toEqual([]);
  });
});
