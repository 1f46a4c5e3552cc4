import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { feedCalendar, locationText, OPENDAY_PRODID, sessionEvent, type SessionEventInput } from '../../src/lib/openday-calendar.ts';
import { buildCalendar } from '../../src/lib/ics.ts';

const input: SessionEventInput = {
  slug: 'spring',
  index: 0,
  title: '检察开放日',
  status: 'scheduled',
  session: {
    date: '2030-03-08',
    start: '09:00',
    end: '11:30',
    registration: [
      { method: 'phone', value: '12309', note: '工作日接听' },
      { method: 'onsite', value: '一楼大厅' },
    ],
  },
  venue: { name: '福鼎市人民检察院', address: '测试路 1 号', coordinates: { lat: 27.3245, lng: 120.2163 } },
  siteUrl: 'https://gardenia.fuding.example',
  dtstamp: new Date('2030-01-01T00:00:00Z'),
  labels: { sessionN: '第 1 场', phone: '报名电话', addressUnknown: '待核实', details: '详情' },
};

const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics));

describe('sessionEvent', () => {
  const event = sessionEvent(input);
  const vevent = parse(buildCalendar({ prodId: OPENDAY_PRODID, events: [event] })).getFirstSubcomponent('vevent')!;

  it('has a stable UID from slug, session number and site host', () => {
    expect(vevent.getFirstPropertyValue('uid')).toBe('spring-1@gardenia.fuding.example');
    expect(sessionEvent(input).uid).toBe(event.uid);
  });

  it('starts and ends at the Beijing times, written in UTC', () => {
    expect(String(vevent.getFirstPropertyValue('dtstart'))).toBe('2030-03-08T01:00:00Z');
    expect(String(vevent.getFirstPropertyValue('dtend'))).toBe('2030-03-08T03:30:00Z');
  });

  it('names the place and puts the registration phone and the guide URL in the description', () => {
    expect(vevent.getFirstPropertyValue('location')).toBe('福鼎市人民检察院，测试路 1 号');
    const description = String(vevent.getFirstPropertyValue('description'));
    expect(description).toContain('报名电话：12309（工作日接听）');
    expect(description).not.toContain('一楼大厅');
    expect(description).toContain('https://gardenia.fuding.example/opendays/spring/');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://gardenia.fuding.example/opendays/spring/');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('marks a cancelled open day CANCELLED and says when the address is unverified', () => {
    const cancelled = sessionEvent({ ...input, status: 'cancelled', venue: { name: '福鼎市人民检察院' } });
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.location).toBe('福鼎市人民检察院（待核实）');
    expect(cancelled.geo).toBeUndefined();
  });
});

describe('locationText', () => {
  it.each([
    [{ name: 'A', address: 'B 路' }, 'A，B 路'],
    [{ name: 'A' }, 'A（待核实）'],
  ])('%j → %s', (venue, expected) => {
    expect(locationText(venue, '待核实')).toBe(expected);
  });
});

describe('feedCalendar', () => {
  it('holds one VEVENT per session when there are sessions', () => {
    const ics = feedCalendar('开放日', [sessionEvent(input), sessionEvent({ ...input, index: 1 })]);
    expect(parse(ics).getAllSubcomponents('vevent')).toHaveLength(2);
  });

  it('without sessions is still a valid calendar: no VEVENT, one Asia/Shanghai VTIMEZONE, CRLF lines', () => {
    const ics = feedCalendar('开放日', []);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const cal = parse(ics);
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(0);
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    expect(String(tz.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto'))).toBe('+08:00');
    expect(cal.getFirstPropertyValue('prodid')).toBe(OPENDAY_PRODID);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
  });
});
