/** Links to the participant and partnership pages (ids are opaque global ids, URL-encoded). */
import { Link } from 'react-router';

export const participantPath = (id: string) => `/participants/${encodeURIComponent(id)}`;
export const partnershipPath = (id: string) => `/partnerships/${encodeURIComponent(id)}`;

export function ParticipantLink({ id, name }: { id: string; name: string }) {
  return <Link to={participantPath(id)}>{name}</Link>;
}

export function PartnershipLink({ id, name }: { id: string; name: string }) {
  return <Link to={partnershipPath(id)}>{name}</Link>;
}
