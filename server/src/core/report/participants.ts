// A meeting's chairs, attendees, speakers and presenters, from the officials' mentions in it
// (extracted by core/officials): each person once per role, in order of first mention.
import type { Meeting, OfficialMention, PersonMention, Role } from '../model/types';

export type MeetingPeople = Pick<Meeting, 'chairs' | 'attendees' | 'speakers' | 'presenters'>;

export function peopleOfMeeting(mentions: readonly OfficialMention[]): MeetingPeople {
  const pick = (role: Role): PersonMention[] => {
    const seen = new Set<string>();
    const out: PersonMention[] = [];
    for (const m of mentions) {
      if (!m.roles.includes(role) || seen.has(m.normalized)) continue;
      seen.add(m.normalized);
      out.push({ start: m.start, end: m.end, text: m.text, normalized: m.normalized, titles: m.titles, role });
    }
    return out;
  };
  return { chairs: pick('chair'), attendees: pick('attendee'), speakers: pick('speaker'), presenters: pick('presenter') };
}
