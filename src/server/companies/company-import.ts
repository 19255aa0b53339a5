import { z } from "zod";
import {
  type CompanyImportColumn,
  companyImportColumns,
  companyProfileFields,
  type ImportRowError,
} from "./companies.schemas.js";

/**
 * The CSV import of companies, as pure functions: parsing (RFC 4180 with `;` or `,`), row checks,
 * and the checks against what the municipality already holds, given as plain data. The service
 * gathers that data with a few set-wise queries, so a 5,000-row file costs a handful of round trips.
 */

export interface CsvRecord {
  /** The row number a spreadsheet shows: the header is row 1. */
  row: number;
  fields: string[];
}

export interface ParsedCsv {
  records: CsvRecord[];
  errors: ImportRowError[];
}

const BOM = "\uFEFF";

/** Danish Excel writes `;` (and a BOM); other tools write `,`. The header row decides. */
function detectSeparator(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons++;
    else if (!quoted && char === ",") commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ";" : ",";
}

/**
 * Parses CSV text: an optional BOM, `;` or `,` between fields, CRLF, LF or CR between records,
 * quoted fields with doubled quotes and embedded separators or line breaks. Blank records (an
 * empty line, or only separators as Excel writes for an empty row) are skipped but still counted.
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith(BOM) ? input.slice(BOM.length) : input;
  const separator = detectSeparator(text);
  const records: CsvRecord[] = [];
  const errors: ImportRowError[] = [];
  let fields: string[] = [];
  let field = "";
  let row = 1;
  let recordRow = 1;
  let i = 0;

  const endRecord = () => {
    fields.push(field);
    if (fields.some((value) => value.trim() !== "")) records.push({ row: recordRow, fields });
    fields = [];
    field = "";
    row++;
    recordRow = row;
  };

  while (i < text.length) {
    const char = text[i];
    if (char === '"' && field === "") {
      const start = recordRow;
      i++;
      let closed = false;
      while (i < text.length) {
        const inner = text[i];
        if (inner === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        field += inner;
        i++;
      }
      if (!closed) {
        errors.push({ row: start, column: "", message: "A quoted field is never closed" });
        return { records, errors };
      }
      const after = text[i];
      if (after !== undefined && after !== separator && after !== "\n" && after !== "\r") {
        errors.push({ row: start, column: "", message: "Text follows the closing quote of a field" });
        while (i < text.length && text[i] !== separator && text[i] !== "\n" && text[i] !== "\r") i++;
      }
      continue;
    }
    if (char === separator) {
      fields.push(field);
      field = "";
      i++;
    } else if (char === "\r" || char === "\n") {
      i += char === "\r" && text[i + 1] === "\n" ? 2 : 1;
      endRecord();
    } else {
      field += char;
      i++;
    }
  }
  if (field !== "" || fields.length > 0) endRecord();
  return { records, errors };
}

/** Quotes a field when it holds a quote, a separator or a line break. */
function csvField(value: string): string {
  return /[";,\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The downloadable template: UTF-8 with a BOM and `;`, as Danish Excel opens and saves it. */
export function companyImportTemplate(): string {
  const example: Record<CompanyImportColumn, string> = {
    cvr: "12345674",
    name: "Eksempel Bageri ApS",
    industry: "Bager",
    address: "Algade 1",
    postal_code: "4000",
    employee_count: "12",
    description: "Lokalt bageri med butik og café.",
    offers: "En fast mentor; fleksible mødetider",
    p_numbers: "1012345678,1012345679",
    coordinator_email: "",
  };
  const header = companyImportColumns.map((column) => column.name);
  const lines = [header, header.map((name) => example[name])].map((values) => values.map(csvField).join(";"));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** One row that passed its own checks, ready for the checks against the municipality. */
export interface ImportCandidate {
  row: number;
  cvr: string;
  pNumbers: string[];
  name: string;
  industry: string | null;
  address: string | null;
  postalCode: string | null;
  employeeCount: number | null;
  description: string | null;
  offers: string | null;
  coordinatorEmail: string | null;
}

const rowSchema = z.object({
  cvr: companyProfileFields.cvr,
  pNumbers: companyProfileFields.pNumbers,
  name: companyProfileFields.name,
  industry: companyProfileFields.industry,
  address: companyProfileFields.address,
  postalCode: companyProfileFields.postalCode,
  employeeCount: companyProfileFields.employeeCount,
  description: companyProfileFields.description,
  offers: companyProfileFields.offers,
  coordinatorEmail: z.email("Not an email address").max(254).nullable(),
});

const columnOfField: Record<string, CompanyImportColumn> = {
  cvr: "cvr",
  pNumbers: "p_numbers",
  name: "name",
  industry: "industry",
  address: "address",
  postalCode: "postal_code",
  employeeCount: "employee_count",
  description: "description",
  offers: "offers",
  coordinatorEmail: "coordinator_email",
};

const knownColumns: ReadonlySet<string> = new Set(companyImportColumns.map((column) => column.name));

function checkHeader(header: CsvRecord): { columns: string[]; errors: ImportRowError[] } {
  const columns = header.fields.map((name) => name.trim().toLowerCase());
  const errors: ImportRowError[] = [];
  columns.forEach((name, index) => {
    if (!knownColumns.has(name)) errors.push({ row: header.row, column: name, message: "Unknown column" });
    else if (columns.indexOf(name) !== index)
      errors.push({ row: header.row, column: name, message: "The column appears twice" });
  });
  for (const column of companyImportColumns) {
    if (column.required && !columns.includes(column.name))
      errors.push({ row: header.row, column: column.name, message: "The column is missing" });
  }
  return { columns, errors };
}

const blankToNull = (value: string | undefined) => {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
};

/** Checks one data row on its own; the CVR and P-numbers may carry spaces, as people type them. */
function checkRow(
  record: CsvRecord,
  columns: string[],
): { candidate?: ImportCandidate; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const error = (column: string, message: string) => errors.push({ row: record.row, column, message });
  if (record.fields.length > columns.length) {
    error("", `The row has ${record.fields.length} fields, the header ${columns.length}`);
    return { errors };
  }
  const value = (column: CompanyImportColumn) => {
    const index = columns.indexOf(column);
    return index === -1 ? null : blankToNull(record.fields[index]);
  };

  const cvr = value("cvr")?.replace(/\s+/g, "") ?? null;
  const name = value("name");
  if (cvr === null) error("cvr", "Required");
  if (name === null) error("name", "Required");
  const employeeText = value("employee_count");
  let employeeCount: number | null = null;
  if (employeeText !== null) {
    if (/^\d{1,7}$/.test(employeeText)) employeeCount = Number(employeeText);
    else error("employee_count", "Must be a whole number");
  }
  const pNumbers = (value("p_numbers") ?? "")
    .split(",")
    .map((p) => p.replace(/\s+/g, ""))
    .filter((p) => p !== "");

  const parsed = rowSchema.safeParse({
    cvr: cvr ?? "",
    pNumbers,
    name: name ?? "",
    industry: value("industry"),
    address: value("address"),
    postalCode: value("postal_code"),
    employeeCount,
    description: value("description"),
    offers: value("offers"),
    coordinatorEmail: value("coordinator_email"),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = columnOfField[String(issue.path[0])] ?? "";
      // A missing CVR or name is already reported as "Required".
      if ((column === "cvr" && cvr === null) || (column === "name" && name === null)) continue;
      error(column, issue.message);
    }
  }
  if (errors.length > 0 || !parsed.success) return { errors };
  const row = parsed.data;
  return {
    errors,
    candidate: {
      row: record.row,
      cvr: row.cvr,
      pNumbers: row.pNumbers,
      name: row.name,
      industry: row.industry ?? null,
      address: row.address ?? null,
      postalCode: row.postalCode ?? null,
      employeeCount: row.employeeCount ?? null,
      description: row.description ?? null,
      offers: row.offers ?? null,
      coordinatorEmail: row.coordinatorEmail?.toLowerCase() ?? null,
    },
  };
}

export interface CheckedFile {
  rowCount: number;
  candidates: ImportCandidate[];
  errors: ImportRowError[];
}

/** Parses the file and checks every row on its own and against the other rows (duplicate CVRs). */
export function checkImportFile(text: string): CheckedFile {
  if (text.includes("\uFFFD")) {
    return {
      rowCount: 0,
      candidates: [],
      errors: [{ row: 0, column: "", message: "The file is not UTF-8 text; save it as CSV UTF-8" }],
    };
  }
  const parsed = parseCsv(text);
  const [header, ...records] = parsed.records;
  if (!header) {
    return { rowCount: 0, candidates: [], errors: [{ row: 0, column: "", message: "The file is empty" }] };
  }
  const checkedHeader = checkHeader(header);
  const errors = [...parsed.errors, ...checkedHeader.errors];
  if (records.length === 0) errors.push({ row: 0, column: "", message: "The file has no companies" });
  if (errors.length > 0) return { rowCount: records.length, candidates: [], errors };

  const candidates: ImportCandidate[] = [];
  const firstRowOfCvr = new Map<string, number>();
  for (const record of records) {
    const checked = checkRow(record, checkedHeader.columns);
    errors.push(...checked.errors);
    if (!checked.candidate) continue;
    const first = firstRowOfCvr.get(checked.candidate.cvr);
    if (first !== undefined) {
      errors.push({ row: record.row, column: "cvr", message: `The same CVR number as row ${first}` });
      continue;
    }
    firstRowOfCvr.set(checked.candidate.cvr, record.row);
    candidates.push(checked.candidate);
  }
  return { rowCount: records.length, candidates, errors: sortImportErrors(errors) };
}

/** What the municipality already holds that the rows are checked against. */
export interface MunicipalityFacts {
  existingCvrs: ReadonlySet<string>;
  /** Staff users of the municipality by lower-case email. */
  staffIdByEmail: ReadonlyMap<string, string>;
  /** Postal codes the filled reference table does not know (none while the table is empty). */
  unknownPostalCodes: ReadonlySet<string>;
}

export interface ResolvedCandidate extends ImportCandidate {
  coordinatorUserId: string | null;
}

export function checkAgainstMunicipality(
  candidates: ImportCandidate[],
  facts: MunicipalityFacts,
): { resolved: ResolvedCandidate[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const resolved: ResolvedCandidate[] = [];
  for (const candidate of candidates) {
    const error = (column: CompanyImportColumn, message: string) =>
      errors.push({ row: candidate.row, column, message });
    const before = errors.length;
    if (facts.existingCvrs.has(candidate.cvr))
      error("cvr", "A company with this CVR number exists in the municipality");
    if (candidate.postalCode !== null && facts.unknownPostalCodes.has(candidate.postalCode))
      error("postal_code", "Unknown postal code");
    const coordinatorUserId =
      candidate.coordinatorEmail === null
        ? null
        : (facts.staffIdByEmail.get(candidate.coordinatorEmail) ?? null);
    if (candidate.coordinatorEmail !== null && coordinatorUserId === null)
      error("coordinator_email", "No staff member of the municipality has this email");
    if (errors.length === before) resolved.push({ ...candidate, coordinatorUserId });
  }
  return { resolved, errors };
}

const columnOrder = new Map<string, number>(
  companyImportColumns.map((column, index) => [column.name, index]),
);

/** Errors in reading order: by row (the whole file first), then by column as the template orders them. */
export function sortImportErrors(errors: ImportRowError[]): ImportRowError[] {
  const position = (error: ImportRowError) => columnOrder.get(error.column) ?? -1;
  return [...errors].sort((a, b) => a.row - b.row || position(a) - position(b));
}
