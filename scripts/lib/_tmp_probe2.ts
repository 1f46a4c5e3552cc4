import { findGbkMojibake, makeMojibake } from './lint/mojibake.ts';
for (const s of ['中文', '发布', '家庭暴力', '妇女儿童权益保护', '人身安全保护令','权益','法律','案件','福鼎','妇联','检察院','服务站']) { const m = makeMojibake(s); console.log(s, m, findGbkMojibake(m)); }
