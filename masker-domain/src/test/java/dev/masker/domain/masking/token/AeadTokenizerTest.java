package dev.masker.domain.masking.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AeadTokenizerTest {
  private static final HexFormat HEX = HexFormat.of();

  // Test vectors: RFC 8452 "AES-GCM-SIV", Appendix C.2 (AEAD_AES_256_GCM_SIV); result = ct ‖ tag.
  @ParameterizedTest
  @CsvSource({
    "'','','07f5f4169bbf55a8400cd47ea6fd400f'",
    "'','0100000000000000','c2ef328e5c71c83b843122130f7364b761e0b97427e3df28'",
    "'','01000000000000000000000000000000',"
        + "'85a01b63025ba19b7fd3ddfc033b3e76c9eac6fa700942702e90862383c6c366'",
    "'','0100000000000000000000000000000002000000000000000000000000000000',"
        + "'4a6a9db4c8c6549201b9edb53006cba821ec9cf850948a7c86c68ac7539d027f"
        + "e819e63abcd020b006a976397632eb5d'",
    "'01','02000000000000000000000000000000',"
        + "'c91545823cc24f17dbb0e9e807d5ec17b292d28ff61189e8e49f3875ef91aff7'"
  })
  void aes_256_gcm_siv_matches_the_rfc_8452_vectors(String aad, String plain, String result)
      throws Exception {
    var key = HEX.parseHex("01" + "00".repeat(31));
    var nonce = HEX.parseHex("03" + "00".repeat(11));
    var sealed = AeadTokenizer.crypt(true, key, nonce, HEX.parseHex(aad), HEX.parseHex(plain));
    assertThat(HEX.formatHex(sealed)).isEqualTo(result);
    var opened = AeadTokenizer.crypt(false, key, nonce, HEX.parseHex(aad), sealed);
    assertThat(HEX.formatHex(opened)).isEqualTo(plain);
  }
}
