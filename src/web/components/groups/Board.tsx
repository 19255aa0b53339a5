import { type FormEvent, useCallback, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  BOARD_POST_MAX,
  type BoardPost,
  type BoardReply,
  boardPosts,
  groups as groupsApi,
} from "../../api/groups";
import { Alert } from "../Alert";
import { ConfirmPanel } from "../ConfirmPanel";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { TextAreaField, TextField } from "../Field";
import { formatDateTime } from "../format";
import { LiveStatus } from "../LiveStatus";
import { Loading } from "../Loading";
import { LoadMore } from "../LoadMore";
import { problemFieldErrors, problemMessage } from "../problems";
import "./groups.css";

const PAGE_SIZE = 20;

/**
 * The group's board: posts newest first with their replies. Text is shown as text (React escapes
 * it), never as HTML. Authors hide their own posts; facilitators hide any post with a reason.
 */
export function Board({ groupId, headingLevel = 2 }: { groupId: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const [posts, setPosts] = useState<BoardPost[]>([]);
  const [viewerRole, setViewerRole] = useState<"member" | "facilitator">("member");
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const SubHeading = headingLevel === 2 ? "h3" : "h4";

  const loadFirst = useCallback(() => {
    setLoading(true);
    groupsApi.board(groupId, null, PAGE_SIZE).then(
      (page) => {
        setPosts(page.items);
        setViewerRole(page.viewerRole);
        setNextCursor(page.nextCursor);
        setLoading(false);
      },
      (failure: unknown) => {
        setError(failure);
        setLoading(false);
      },
    );
  }, [groupId]);
  useEffect(loadFirst, [loadFirst]);

  function loadMore(): void {
    if (!nextCursor) return;
    setLoadingMore(true);
    groupsApi.board(groupId, nextCursor, PAGE_SIZE).then(
      (page) => {
        setPosts((current) => [...current, ...page.items.filter((p) => !current.some((c) => c.id === p.id))]);
        setNextCursor(page.nextCursor);
        setLoadingMore(false);
      },
      (failure: unknown) => {
        setError(failure);
        setLoadingMore(false);
      },
    );
  }

  function replacePost(changed: BoardReply): void {
    setPosts((current) =>
      current.map((post) =>
        post.id === changed.id
          ? { ...post, ...changed, replies: post.replies }
          : { ...post, replies: post.replies.map((reply) => (reply.id === changed.id ? changed : reply)) },
      ),
    );
  }

  return (
    <section className="nx-section nx-groups" aria-labelledby="board-heading">
      <Heading id="board-heading">{t("groups.board.heading")}</Heading>
      <LiveStatus text={status} />
      <PostForm
        groupId={groupId}
        label={t("groups.board.newPost")}
        submitLabel={t("groups.board.publish")}
        onPosted={(post) => {
          setPosts((current) => [post, ...current]);
          setStatus(t("groups.board.posted"));
        }}
      />
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {loading ? <Loading /> : null}
      {!loading && !error && posts.length === 0 ? <p>{t("groups.board.empty")}</p> : null}
      {posts.length > 0 ? (
        <ul className="nobullet-list nx-plain-list" aria-label={t("groups.board.posts")}>
          {posts.map((post) => (
            <li key={post.id}>
              <article
                className="nx-board-post"
                aria-label={t("groups.board.postBy", { name: post.author.name })}
              >
                <PostBody post={post} viewerRole={viewerRole} onHidden={replacePost} onStatus={setStatus} />
                {post.replies.length > 0 ? (
                  <>
                    <SubHeading className="sr-only">{t("groups.board.replies")}</SubHeading>
                    <ul className="nx-board-replies nobullet-list">
                      {post.replies.map((reply) => (
                        <li key={reply.id}>
                          <PostBody
                            post={reply}
                            viewerRole={viewerRole}
                            onHidden={replacePost}
                            onStatus={setStatus}
                          />
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {post.hidden ? null : (
                  <ReplyToggle
                    groupId={groupId}
                    post={post}
                    onPosted={(reply) => {
                      setPosts((current) =>
                        current.map((candidate) =>
                          candidate.id === post.id
                            ? { ...candidate, replies: [...candidate.replies, reply] }
                            : candidate,
                        ),
                      );
                      setStatus(t("groups.board.replied"));
                    }}
                  />
                )}
              </article>
            </li>
          ))}
        </ul>
      ) : null}
      {nextCursor ? (
        <LoadMore onClick={loadMore} loading={loadingMore} label={t("groups.board.older")} />
      ) : null}
    </section>
  );
}

function PostBody({
  post,
  viewerRole,
  onHidden,
  onStatus,
}: {
  post: BoardReply;
  viewerRole: "member" | "facilitator";
  onHidden: (post: BoardReply) => void;
  onStatus: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const reasonId = useId();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reasonError, setReasonError] = useState<string | undefined>();
  const own = post.author.mine;
  const mayHide = !post.hidden && (own || viewerRole === "facilitator");

  async function hide(): Promise<void> {
    if (!own && !reason.trim()) {
      setReasonError(t("groups.board.errors.reason"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const hidden = await boardPosts.hide(post.id, own ? undefined : reason.trim());
      setConfirming(false);
      onHidden({ ...hidden, parentPostId: post.parentPostId });
      onStatus(t("groups.board.hiddenDone"));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p className="nx-board-meta">
        <strong>{post.author.name}</strong>
        {post.author.kind === "facilitator" ? ` (${t("groups.board.facilitator")})` : ""}
        {" · "}
        <time dateTime={post.createdAt}>{formatDateTime(post.createdAt, i18n.language)}</time>
      </p>
      {post.hidden ? (
        <p className="nx-board-text">
          <em>
            {post.hiddenBy === "author"
              ? t("groups.board.hiddenByAuthor")
              : t("groups.board.hiddenByFacilitator")}
          </em>
          {post.hiddenReason ? ` ${t("groups.board.hiddenReason", { reason: post.hiddenReason })}` : null}
        </p>
      ) : null}
      {post.body !== null ? <p className="nx-board-text">{post.body}</p> : null}
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {mayHide && confirming ? (
        <ConfirmPanel
          heading={
            own ? t("groups.board.hideOwnHeading") : t("groups.board.hideHeading", { name: post.author.name })
          }
          confirmLabel={t("groups.board.hideConfirm")}
          cancelLabel={t("groups.common.cancel")}
          onConfirm={() => void hide()}
          onCancel={() => setConfirming(false)}
          busy={busy}
        >
          {own ? (
            <p>{t("groups.board.hideOwnText")}</p>
          ) : (
            <TextField
              id={reasonId}
              label={t("groups.board.reason")}
              value={reason}
              onChange={(value) => {
                setReason(value);
                setReasonError(undefined);
              }}
              maxLength={500}
              error={reasonError}
            />
          )}
        </ConfirmPanel>
      ) : null}
      {mayHide && !confirming ? (
        <button type="button" className="button button-tertiary" onClick={() => setConfirming(true)}>
          {own ? t("groups.board.hideOwn") : t("groups.board.hide")}
        </button>
      ) : null}
    </>
  );
}

function ReplyToggle({
  groupId,
  post,
  onPosted,
}: {
  groupId: string;
  post: BoardPost;
  onPosted: (reply: BoardReply) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t("groups.board.reply", { name: post.author.name })}
      </button>
    );
  }
  return (
    <PostForm
      groupId={groupId}
      parentPostId={post.id}
      label={t("groups.board.replyLabel", { name: post.author.name })}
      submitLabel={t("groups.board.sendReply")}
      onCancel={() => setOpen(false)}
      onPosted={(reply) => {
        setOpen(false);
        onPosted(reply);
      }}
    />
  );
}

function PostForm({
  groupId,
  parentPostId,
  label,
  submitLabel,
  onPosted,
  onCancel,
}: {
  groupId: string;
  parentPostId?: string;
  label: string;
  submitLabel: string;
  onPosted: (post: BoardPost) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const fieldId = `${id}-body`;
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!text.trim()) {
      setErrors({ [fieldId]: t("groups.board.errors.empty") });
      return;
    }
    setBusy(true);
    setErrors({});
    setMessage(undefined);
    try {
      const post = await groupsApi.post(groupId, text.trim(), parentPostId);
      setText("");
      onPosted(post);
    } catch (failure) {
      setErrors(problemFieldErrors(failure, t, { body: fieldId }));
      setMessage(problemMessage(failure, t, { conflict: t("groups.board.errors.conflict") }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="nx-form" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary message={message} items={summaryItems(errors, [fieldId])} />
      <TextAreaField
        id={fieldId}
        label={label}
        value={text}
        onChange={setText}
        maxLength={BOARD_POST_MAX}
        rows={parentPostId ? 3 : 4}
        error={errors[fieldId]}
      />
      <p className="nx-counter">{t("groups.common.counter", { count: text.length, max: BOARD_POST_MAX })}</p>
      <div className="nx-button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
            {t("groups.common.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
