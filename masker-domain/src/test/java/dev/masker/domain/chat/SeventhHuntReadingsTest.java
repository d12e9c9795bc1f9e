package dev.masker.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The readings of a chat request the seventh leak hunt added (ADR 22), each only to learn from: a
 * diarised transcript speaker by speaker, folded record lines unfolded, joined pieces joined,
 * numbers of unspaced scripts spaced.
 */
class SeventhHuntReadingsTest {
  @Test
  void a_diarised_transcript_is_read_speaker_by_speaker() {
    var text =
        "[00:00:03.120 --> 00:00:05.400] SPEAKER_01: my number is five oh three\n"
            + "[00:00:05.400 --> 00:00:06.100] SPEAKER_00: mm-hm\n"
            + "SPEAKER_01: five five five\nSPEAKER_00: yes\nSPEAKER_01: oh one six three";
    assertThat(SpeakerTurns.of(text))
        .isEqualTo("my number is five oh three five five five oh one six three\nmm-hm yes\n");
  }

  @Test
  void text_that_is_no_dialogue_is_no_speaker_reading() {
    assertThat(SpeakerTurns.of("Agent: hello")).isNull();
    assertThat(SpeakerTurns.of("Note: one\nNote: two")).isNull();
    assertThat(SpeakerTurns.of("Agent: hi\nCaller: hello")).isNull();
    assertThat(SpeakerTurns.of("plain prose\nwith two lines")).isNull();
  }

  @Test
  void folded_record_lines_are_unfolded() {
    var text = "BEGIN:VEVENT\r\nDESCRIPTION:DOB 1953-1\r\n 1-04\r\nEND:VEVENT";
    assertThat(FoldedLines.of(text))
        .isEqualTo("BEGIN:VEVENT\r\nDESCRIPTION:DOB 1953-11-04\r\nEND:VEVENT");
    assertThat(FoldedLines.of("hello\n world and\n  more")).isNull();
    assertThat(FoldedLines.of("BEGIN:VCARD\nFN:Ann\nEND:VCARD")).isNull();
  }

  @Test
  void pieces_joined_by_a_formula_a_program_or_tex_are_joined() {
    assertThat(JoinedPieces.of("=\"503\"&\"555\"&\"0163\"")).isEqualTo("=\"5035550163\"");
    assertThat(JoinedPieces.of("p = '503' + '555' + '0163';")).isEqualTo("p = '5035550163';");
    assertThat(JoinedPieces.of("\\mbox{503}\\,\\mbox{555}\\,\\mbox{0163}"))
        .isEqualTo("503 555 0163");
    assertThat(JoinedPieces.of("she said \"yes\" and left")).isNull();
  }

  @Test
  void numbers_of_scripts_written_without_spaces_are_spaced() {
    assertThat(UnspacedScripts.spaced("電話番号は503-555-0163です")).isEqualTo("電話番号は 503-555-0163 です");
    assertThat(GluedNumbers.of("我的电话是五〇三五五五〇一六三")).isEqualTo("我的电话是 5035550163");
    assertThat(UnspacedScripts.spaced("a plain turn 503 555 0163")).isNull();
  }
}
