import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, formatUtcDateTime, icsFileName, type IcsCalendar, type IcsEvent } from '../../src/lib/ics.ts';

// The writer's output is checked with ical.js, an independent parser, so these
// tests catch escaping or folding that only "works" against our own reading of it.

const encoder = new TextEncoder();
const octets = (s: string): number => encoder.encode(s).length;

/** Physical lines of an .ics document, asserting it ends with CRLF. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  return ics.slice(0, -2).split('\r\n');
}

function parse(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

function parsedEvents(ics: string): ICAL.Component[] {
  return parse(ics).getAllSubcomponents('vevent');
}

const LONG_CHINESE =
  '福鼎市人民检察院“检察开放日”活动：参观12309检察服务中心、未成年人检察工作室和“栀子花”妇女儿童权益保护司法协作服务站，' +
  '了解检察机关如何依法保护妇女儿童合法权益；现场有检察官讲解反家庭暴力法、妇女权益保障法和未成年人保护法。';

const base: IcsEvent = {
  uid: 'open-day-2026-12-1@gardenia.fuding.example',
  dtstamp: new Date('2026-11-20T02:03:04Z'),
  start: new Date('2026-12-05T01:00:00Z'),
  end: new Date('2026-12-05T03:30:00Z'),
  summary: '检察开放日',
};

function calendarOf(...events: IcsEvent[]): IcsCalendar {
  return { prodId: '-//Gardenia//Open Day//ZH', name: '栀子花·检察开放日', events };
}

describe('escapeText', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['C:\\path', 'C:\\\\path'],
    ['line1\nline2', 'line1\\nline2'],
    ['line1\r\nline2', 'line1\\nline2'],
    ['line1\rline2', 'line1\\nline2'],
    ['\\n is not a newline', '\\\\n is not a newline'],
    ['tab\tkept, bell\u0007 dropped', 'tab\tkept\\, bell dropped'],
    ['冒号:不转义', '冒号:不转义'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('foldLine', () => {
  it.each([
    ['ASCII', 'DESCRIPTION:' + 'x'.repeat(200)],
    ['three-byte Chinese', 'DESCRIPTION:' + LONG_CHINESE],
    ['four-byte characters (surrogate pairs)', 'SUMMARY:' + '𠀀😀'.repeat(40)],
    ['mixed widths', 'LOCATION:' + 'a中😀'.repeat(30)],
  ])('keeps every physical line of %s text within 75 octets and loses nothing', (_label, line) => {
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      // A lone surrogate would mean a character was split in two.
      expect(part.isWellFormed()).toBe(true);
    }
    // Unfolding per RFC 5545 (drop CRLF + one space) restores the line exactly.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('fills every line to exactly 75 octets, the space of a continuation line included', () => {
    const parts = foldLine('x'.repeat(200)).split('\r\n');
    expect(parts.map(octets)).toEqual([75, 75, 52]);
  });

  it('leaves a line of exactly 75 octets unfolded', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });
});

describe('formatUtcDateTime', () => {
  it.each([
    ['2026-12-05T01:00:00.000Z', '20261205T010000Z'],
    ['2026-12-04T16:30:45.999Z', '20261204T163045Z'],
    ['0999-01-02T03:04:05Z', '09990102T030405Z'],
  ])('writes %s as %s', (iso, expected) => {
    expect(formatUtcDateTime(new Date(iso))).toBe(expected);
  });

  it('rejects an invalid Date', () => {
    expect(() => formatUtcDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('buildCalendar document structure', () => {
  const ics = buildCalendar({ ...calendarOf({ ...base, description: LONG_CHINESE }), method: 'PUBLISH' });
  const lines = physicalLines(ics);

  it('ends every line, including the last, with CRLF and has no bare CR or LF', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every physical line within 75 octets', () => {
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true); // the long description really was folded
  });

  it.each([
    ['VERSION:2.0'],
    ['PRODID:-//Gardenia//Open Day//ZH'],
    ['CALSCALE:GREGORIAN'],
    ['METHOD:PUBLISH'],
    ['X-WR-CALNAME:栀子花·检察开放日'],
    ['DTSTART:20261205T010000Z'],
    ['DTEND:20261205T033000Z'],
    ['DTSTAMP:20261120T020304Z'],
  ])('contains the line %s', (expected) => {
    expect(lines).toContain(expected);
  });

  it('starts with BEGIN:VCALENDAR and is readable by ical.js with its calendar properties', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    const cal = parse(ics);
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBe('-//Gardenia//Open Day//ZH');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('栀子花·检察开放日');
  });

  it('omits METHOD and the calendar name when they are not given', () => {
    const plain = buildCalendar({ prodId: '-//Gardenia//Open Day//ZH', events: [base] });
    expect(plain).not.toContain('METHOD:');
    expect(plain).not.toContain('X-WR-CALNAME');
  });
});

describe('buildCalendar text round-trip through ical.js', () => {
  it.each([
    ['commas and semicolons', '会议室A, 3楼; 福鼎市人民检察院'],
    ['backslashes', 'C:\\开放日\\资料 and a trailing backslash\\'],
    ['a literal backslash-n that is not a newline', 'keep \\n as typed'],
    ['newlines', '第一行\n第二行\r\n第三行'],
    ['long Chinese text folded inside multi-byte characters', LONG_CHINESE],
    ['everything at once', `${LONG_CHINESE}\n地址：福鼎市桐山街道, 某路1号; 备注\\无`],
    ['emoji beyond the BMP', '欢迎参加😀🎉，带上身份证'.repeat(4)],
  ])('keeps SUMMARY, LOCATION and DESCRIPTION with %s exactly', (_label, text) => {
    const ics = buildCalendar(calendarOf({ ...base, summary: text, location: text, description: text }));
    for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);

    const [event] = parsedEvents(ics);
    // Newlines come back as LF: \r\n in the input is a line break, written as \n.
    const expected = text.replace(/\r\n/g, '\n');
    expect(event?.getFirstPropertyValue('summary')).toBe(expected);
    expect(event?.getFirstPropertyValue('location')).toBe(expected);
    expect(event?.getFirstPropertyValue('description')).toBe(expected);
  });
});

describe('buildCalendar event properties read back by ical.js', () => {
  const event: IcsEvent = {
    ...base,
    location: '福鼎市人民检察院',
    url: 'https://gardenia.fuding.example/open-day/2026-12/',
    geo: { lat: 27.324321, lng: 120.216123 },
    organizer: { name: '福鼎市人民检察院, 第三检察部', email: 'open-day@fuding.example' },
    status: 'CONFIRMED',
  };
  const parsed = parsedEvents(buildCalendar(calendarOf(event)))[0];

  it('gives start and end as the exact input instants', () => {
    const ev = new ICAL.Event(parsed);
    expect(ev.startDate.toJSDate().getTime()).toBe(event.start.getTime());
    expect(ev.endDate.toJSDate().getTime()).toBe(event.end.getTime());
    expect(ev.startDate.zone?.tzid).toBe('UTC');
  });

  it('keeps UID, DTSTAMP, URL, GEO, ORGANIZER and STATUS', () => {
    expect(parsed?.getFirstPropertyValue('uid')).toBe(event.uid);
    expect((parsed?.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe('2026-11-20T02:03:04.000Z');
    expect(parsed?.getFirstPropertyValue('url')).toBe(event.url);
    expect(parsed?.getFirstPropertyValue('geo')).toEqual([27.324321, 120.216123]);
    const organizer = parsed?.getFirstProperty('organizer');
    expect(organizer?.getFirstValue()).toBe('mailto:open-day@fuding.example');
    expect(organizer?.getParameter('cn')).toBe('福鼎市人民检察院, 第三检察部');
    expect(parsed?.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it.each([
    [{ lat: 27.3, lng: 120.2 }, 'GEO:27.3;120.2'],
    [{ lat: -0.0000001, lng: 0 }, 'GEO:0;0'],
    [{ lat: 1e-7 + 27, lng: -120.5 }, 'GEO:27;-120.5'],
  ])('writes geo %o as %s without exponents or float noise', (geo, expected) => {
    expect(buildCalendar(calendarOf({ ...base, geo }))).toContain(`${expected}\r\n`);
  });

  it('leaves ORGANIZER out when there is no email, since its value must be a URI', () => {
    expect(buildCalendar(calendarOf({ ...base, organizer: { name: '福鼎市人民检察院' } }))).not.toContain('ORGANIZER');
  });

  it('percent-encodes non-ASCII characters in URL instead of TEXT-escaping them', () => {
    const ics = buildCalendar(calendarOf({ ...base, url: 'https://gardenia.fuding.example/开放日/?a=1,2' }));
    const [ev] = parsedEvents(ics);
    expect(ev?.getFirstPropertyValue('url')).toBe('https://gardenia.fuding.example/%E5%BC%80%E6%94%BE%E6%97%A5/?a=1,2');
  });
});

describe('buildCalendar with several events', () => {
  const sessions: IcsEvent[] = [
    { ...base, uid: 'od-2026-12-1@gardenia', summary: '开放日 第1场', status: 'CONFIRMED' },
    {
      ...base,
      uid: 'od-2026-12-2@gardenia',
      summary: '开放日 第2场',
      start: new Date('2026-12-05T06:30:00Z'),
      end: new Date('2026-12-05T08:00:00Z'),
      status: 'CANCELLED',
    },
    {
      ...base,
      uid: 'od-2027-01-1@gardenia',
      summary: '开放日 第3场',
      start: new Date('2027-01-08T01:00:00Z'),
      end: new Date('2027-01-08T03:00:00Z'),
      status: 'TENTATIVE',
    },
  ];
  const events = parsedEvents(buildCalendar(calendarOf(...sessions)));

  it('writes one VEVENT per input event, in order', () => {
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(sessions.map((s) => s.uid));
  });

  it.each(sessions.map((s, i) => [i, s] as const))('event %i keeps its own summary, times and status', (i, s) => {
    const ev = new ICAL.Event(events[i]);
    expect(ev.summary).toBe(s.summary);
    expect(ev.startDate.toJSDate().toISOString()).toBe(s.start.toISOString());
    expect(ev.endDate.toJSDate().toISOString()).toBe(s.end.toISOString());
    expect(events[i]?.getFirstPropertyValue('status')).toBe(s.status);
  });

  it('produces the same bytes for the same input, so UIDs and files are stable across builds', () => {
    expect(buildCalendar(calendarOf(...sessions))).toBe(buildCalendar(calendarOf(...sessions)));
  });
});

describe('buildCalendar rejects data that would make an invalid file', () => {
  it.each([
    ['no events', { prodId: 'x', events: [] }],
    ['an empty prodId', { prodId: ' ', events: [base] }],
    ['an empty uid', calendarOf({ ...base, uid: '' })],
    ['an empty summary', calendarOf({ ...base, summary: '' })],
    ['an end before the start', calendarOf({ ...base, end: new Date('2026-12-05T00:00:00Z') })],
    ['an end equal to the start', calendarOf({ ...base, end: base.start })],
    ['an invalid start', calendarOf({ ...base, start: new Date('nope') })],
    ['a relative url', calendarOf({ ...base, url: '/open-day/' })],
    ['a latitude beyond 90°', calendarOf({ ...base, geo: { lat: 91, lng: 120 } })],
    ['a non-finite longitude', calendarOf({ ...base, geo: { lat: 27, lng: Number.NaN } })],
    ['an organizer email with spaces', calendarOf({ ...base, organizer: { name: 'x', email: 'a b@c.d' } })],
  ] as [string, IcsCalendar][])('throws a RangeError for %s', (_label, calendar) => {
    expect(() => buildCalendar(calendar)).toThrow(RangeError);
  });
});

describe('icsFileName', () => {
  it.each([
    ['open-day-2026-12', 0, 'open-day-2026-12-1.ics'],
    ['open-day-2026-12', 2, 'open-day-2026-12-3.ics'],
    ['检察开放日', 0, '检察开放日-1.ics'],
  ])('names session index %#: slug %s, index %i → %s', (slug, index, expected) => {
    expect(icsFileName(slug, index)).toBe(expected);
  });

  it.each([
    ['../etc', 0],
    ['a/b', 0],
    ['', 0],
    ['has space', 0],
    ['ok', -1],
    ['ok', 1.5],
  ])('rejects slug %j with index %d', (slug, index) => {
    expect(() => icsFileName(slug, index)).toThrow(RangeError);
  });
});
