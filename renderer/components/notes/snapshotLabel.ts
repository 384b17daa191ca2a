import { snapshotTitleForReason, type SnapshotSummary } from '../../../common/noteHistory';

/** A snapshot as History lists it: when it was taken and why. */
export const snapshotLabel = (snapshot: SnapshotSummary) => `${new Date(snapshot.takenAt).toLocaleString()} — ${snapshotTitleForReason(snapshot.reason)}`;
