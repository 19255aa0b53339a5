import { useEffect, useState } from "react";
import { type NetworkMeetingDetail, networkMeetings } from "../../api/networkMeetings";

export interface LoadedMeeting {
  meeting: NetworkMeetingDetail | null;
  setMeeting: (meeting: NetworkMeetingDetail) => void;
  error: unknown;
}

export function useMeeting(id: string): LoadedMeeting {
  const [meeting, setMeeting] = useState<NetworkMeetingDetail | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    setMeeting(null);
    networkMeetings.get(id).then(
      (found) => {
        if (!cancelled) setMeeting(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id]);

  return { meeting, setMeeting, error };
}
