import { describe, expect, it } from "vitest";
import type { NetworkMeetingDetail, NetworkMeetingInput } from "../../api/networkMeetings";
import { meetingChanges } from "./meetingChanges";

const meeting: NetworkMeetingDetail = {
  id: "0b8f5c8e-3f7a-4c57-9d0e-5d2b1a9f0c11",
  title: "Netværksmøde om mentorer",
  startsAt: "2026-12-15T09:00:00.000Z",
  durationMinutes: 120,
  place: "Erhvervshuset",
  host: { companyId: "host", name: "Bageriet" },
  agenda: null,
  status: "planned",
  cancelReason: null,
  minutes: null,
  sequence: 0,
  past: false,
  myAnswer: null,
  companyAttended: null,
  counts: { invited: 2, yes: 0, no: 0, maybe: 0, attended: 0 },
  invitations: [
    { company: { id: "a", name: "A" }, answers: [], attended: null },
    { company: { id: "b", name: "B" }, answers: [], attended: null },
  ],
};

const unchanged: NetworkMeetingInput = {
  title: "Netværksmøde om mentorer",
  startsAt: "2026-12-15T10:00:00+01:00",
  durationMinutes: 120,
  place: "Erhvervshuset",
  hostCompanyId: "host",
  agenda: null,
  invitedCompanyIds: ["b", "a"],
};

describe("the changes an edit sends", () => {
  it("are none when the form holds the meeting as it is, whatever the offset or order", () => {
    expect(meetingChanges(meeting, unchanged)).toEqual({});
  });

  it("name only the fields that moved", () => {
    expect(
      meetingChanges(meeting, {
        ...unchanged,
        startsAt: "2026-12-15T11:00:00+01:00",
        place: null,
        agenda: "Velkomst",
        invitedCompanyIds: ["a"],
      }),
    ).toEqual({
      startsAt: "2026-12-15T11:00:00+01:00",
      place: null,
      agenda: "Velkomst",
      invitedCompanyIds: ["a"],
    });
  });

  it("clear the host when none is chosen", () => {
    expect(meetingChanges(meeting, { ...unchanged, hostCompanyId: null })).toEqual({ hostCompanyId: null });
  });
});
