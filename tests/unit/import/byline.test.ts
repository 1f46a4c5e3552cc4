import { describe, expect, it } from 'vitest';
import { dateIn, isByline, sourceFrom } from '../../../scripts/lib/import/byline.ts';
import { headingMarker, sentenceBreaks, splitLong, splitRunTogether } from '../../../scripts/lib/import/paragraphs.ts';

describe('isByline', () => {
  it.each([
    '来源：福鼎新闻网',
    '记者 温丽芬',
    '文/福鼎市妇联',
    '供图：福鼎市检察院',
    '通讯员 林某某',
    '编辑：陈某',
    '（记者 温丽芬 通讯员 林某）',
    '2024-03-08 10:23',
    '2024年3月8日',
  ])('takes “%s” as a byline', (p) => expect(isByline(p)).toBe(true));
  it.each(['文化站开展活动。', '记者来到现场，看到群众排起了长队。', '2024年3月8日上午，检察官来到社区。', '图书角'])('leaves “%s” in the body', (p) =>
    expect(isByline(p)).toBe(false),
  );
});

describe('sourceFrom', () => {
  it('reads publisher, author and date and keeps the full byline in note', () => {
    expect(sourceFrom(['来源：福鼎新闻网 记者 温丽芬 通讯员 林某某', '2024-03-08 10:23'])).toEqual({
      publisher: '福鼎新闻网',
      author: '温丽芬',
      date: '2024-03-08',
      note: '原文署名：来源：福鼎新闻网 记者 温丽芬 通讯员 林某某 / 2024-03-08 10:23。原文网址待核实',
    });
  });
  it('rejects an impossible date', () => expect(dateIn('2024-02-30')).toBeUndefined());
});

describe('paragraph splitting', () => {
  it.each([
    ['一、活动背景', 'major'],
    ['（二）申请条件', 'minor'],
    ['一、遇到家暴要报警。', undefined],
  ])('heading marker of %s is %s', (p, kind) => expect(headingMarker(p)).toBe(kind));

  it('never breaks inside a quotation, only after it closes', () => {
    const p = '他说：“第一句。第二句。”然后走了。后来又回来。';
    expect(sentenceBreaks(p)).toEqual([p.indexOf('”') + 1, p.indexOf('了。') + 2]);
  });

  it.each([
    ['前文。一、背景内容。', ['前文。', '一、背景内容。']],
    ['前文。（一）内容。', ['前文。', '（一）内容。']],
    ['前文。2024年3月8日，活动开始。', ['前文。', '2024年3月8日，活动开始。']],
    ['她说：“结束了。一、要报警。”好。', ['她说：“结束了。一、要报警。”好。']],
  ])('splits %s at a new topic', (p, expected) => expect(splitRunTogether(p)).toEqual(expected));

  it('splits a long paragraph at sentence ends into readable pieces, losing nothing', () => {
    const p = '这是一个很长的句子，用来测试分段。'.repeat(30);
    const pieces = splitLong(p);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(p);
    for (const piece of pieces) expect(piece.endsWith('。')).toBe(true);
  });
});
