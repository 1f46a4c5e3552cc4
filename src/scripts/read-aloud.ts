/**
 * 朗读本页: reads the main content aloud with the browser's own speech
 * synthesis in zh-CN. Shown only where the browser supports it; nothing is sent anywhere.
 */
import { enhance } from './kit.ts';

export function initReadAloud(): void {
  // Without speech synthesis the controls stay hidden: nothing to start.
  if (!('speechSynthesis' in window)) return;
  const main = document.querySelector<HTMLElement>('[data-read-aloud]') ?? document.querySelector('main');
  if (!main) return;
  enhance(
    'speech',
    {
      play: ['[data-speech-play]', HTMLButtonElement],
      pause: ['[data-speech-pause]', HTMLButtonElement],
      stop: ['[data-speech-stop]', HTMLButtonElement],
    },
    ({ root: box, parts: { play, pause, stop }, text }) => {
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
          pause.textContent = text('pause');
        } else {
          synth.pause();
          pause.textContent = text('resume');
        }
      });
      stop.addEventListener('click', () => {
        synth.cancel();
        pause.textContent = text('pause');
        setPlaying(false);
      });
      box.hidden = false;
    },
  );
}
