import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { type Group, groups as groupsApi } from "../../api/groups";
import { Alert } from "../../components/Alert";
import { Board } from "../../components/groups/Board";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";

/** /groups/:id/board: the board on its own page, for the group's facilitators (and members). */
export function GroupBoardPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [group, setGroup] = useState<Group | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let cancelled = false;
    groupsApi.get(id).then(
      (found) => {
        if (!cancelled) setGroup(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id]);
  if (error) {
    return (
      <>
        <PageHeading title={t("groups.board.heading")} />
        <Alert variant="error">{problemMessage(error, t)}</Alert>
      </>
    );
  }
  if (!group) return <Loading />;
  return (
    <>
      <PageHeading title={t("groups.board.pageTitle", { group: group.name })} />
      <p>
        <Link to={`/groups/${group.id}`}>{t("groups.meeting.toGroup", { group: group.name })}</Link>
      </p>
      <Board groupId={group.id} />
    </>
  );
}
