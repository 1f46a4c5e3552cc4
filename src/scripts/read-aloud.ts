/**
 * 朗读本页: reads the main content aloud with the browser's own speech
 * synthesis in zh-CN. Shown only where the browser supports it; nothing is sent anywhere.
 */
export function initReadAloud(): void {
  const box = document.querySelector<HTMLElement>('[data-speech]');
  if (!box || box.dataset.ready || !('speechSynthesis' in window)) return;
  const play = box.querySelector<HTMLButtonElement>('[data-speech-play]');
  const pause = box.querySelector<HTMLButtonElement>('[data-speech-pause]');
  const stop = box.querySelector<HTMLButtonElement>('[data-speech-stop]');
  const main = document.querySelector<HTMLElement>('[data-read-aloud]') ?? document.querySelector('main');
  if (!play || !pause || !stop || !main) return;
  box.dataset.ready = 'true';
  const synth = window.speechSynthesis;

  const setPlaying = (playing: boolean) => {
    pause.hidden = !playing;
    stop.hidden = !playing;
    play.hidden = playing;
  };

  play.addEventListener('click', () => {
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(main.innerText);
    utterance.lang = 'zh-CN';
    utterance.rate = 0.9;
    const voice = synth.getVoices().find((v) => v.lang.replace('_', '-').startsWith('zh-CN'));
    if (voice) utterance.voice = voice;
    utterance.addEventListener('end', () => setPlaying(false));
    synth.speak(utterance);
    setPlaying(true);
  });
  pause.addEventListener('click', () => {
    if (synth.paused) {
      synth.resume();
      pause.textContent = box.dataset.i18nPause ?? '';
    } else {
      synth.pause();
      pause.textContent = box.dataset.i18nResume ?? '';
    }
  });
  stop.addEventListener('click', () => {
    synth.cancel();
    pause.textContent = box.dataset.i18nPause ?? '';
    setPlaying(false);
  });
  box.hidden = false;
}
