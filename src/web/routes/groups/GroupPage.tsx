import { useMe } from "../../auth/session";
import { StaffGroupPage } from "./StaffGroupPage";
import { YouthGroupPage } from "./YouthGroupPage";

/** /groups/:id: the group's own room for a member, the management page for staff. */
export function GroupPage() {
  const me = useMe();
  return me.role === "youth" ? <YouthGroupPage /> : <StaffGroupPage />;
}
