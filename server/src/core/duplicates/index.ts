// Near-duplicate meetings across files, scripts and damage (issue 16). Reads the report model;
// nothing in model/ or officials/ imports it.
export { meetingSignatures, type MeetingSignature, type SignatureOptions } from './signature';
export { clusterMeetings, isCandidate, preferCanonical, MERGE_AT, type Cluster, type ClusterMember } from './cluster';
export { signatureLine, parseSignature, SIGNATURE_FORMAT } from './serialize';
export { minhash, estimateJaccard, BINS } from './minhash';
export { shingleHashes, shingleSet, exactJaccard } from './shingles';
export { distinctBy } from './guards';
export { candidateBuckets, plainCandidateBuckets } from './buckets';
export type { Reason } from './reasons';
export { ShingleWeights } from './weights';
export { clusterStream, type MeetingRef } from './stream-cluster';
export { MeetingClusters, streamedCopies, type MeetingCopies, type MeetingCopy, type WorkspaceCopies } from './meeting-clusters';
export { forPairs, plainForPairs, dayIds, UnionFind } from './candidate-pairs';
