import type { Role } from "../../api/types";
import { GroupHomeSection } from "../../components/groups/GroupHomeSection";
import { NetworkMeetingHomeSection } from "../../components/network-meetings/NetworkMeetingHomeSection";
import { ReferralsHomeSection } from "../../components/referrals/ReferralsHomeSection";
import { RemindersSection } from "../../components/reminders/RemindersSection";

/**
 * What the networks put on a home page: reminders first (a meeting tomorrow, moved or cancelled),
 * then the next group or network meeting, then referrals. Each section decides for itself whether
 * it has something for the reader's role.
 */
export function NetworkHomeSections({ role }: { role: Role }) {
  return (
    <>
      <RemindersSection role={role} />
      <GroupHomeSection role={role} />
      <NetworkMeetingHomeSection role={role} />
      <ReferralsHomeSection role={role} />
    </>
  );
}
