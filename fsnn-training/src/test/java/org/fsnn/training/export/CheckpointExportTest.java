// SPDX-License-Identifier: Apache-2.0
package org.fsnn.training.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointExportTest {
    private static final String CHECKPOINT = """
            {"format": "fsnn-checkpoint-1", "epoch": 2,
             "parameters": {"net.dense0.weight": {"shape": [2, 3], "data": [9, 9, 9, 9, 9, 9]}},
             "bestParameters": {
               "net.dense0.weight": {"shape": [2, 3], "data": [0.1, -0.2, 3e-300, 4.5, -1e10, 0.3333333333333333]},
               "net.dense0.bias": {"shape": [2], "data": [-0.5, 0.25]}},
             "fitted": {"inputMean": {"shape": [3], "data": [1.0, 0.5, 0.1]},
                        "inputStd": {"shape": [3], "data": [0.6, 0.3, 0.09]},
                        "transform/scales": {"shape": [2], "data": [0.046, 2.5]}}}
            """;

    private static NamedArrays expected() {
        return new NamedArrays()
                .put("net.dense0.weight", new int[] {2, 3}, new double[] {0.1, -0.2, 3e-300, 4.5, -1e10, 1.0 / 3})
                .put("net.dense0.bias", -0.5, 0.25)
                .put("fitted.inputMean", 1.0, 0.5, 0.1)
                .put("fitted.inputStd", 0.6, 0.3, 0.09)
                .put("fitted.transform.scales", 0.046, 2.5);
    }

    @Test
    void bestParametersAndFittedStateGoToBothFormats(@TempDir Path run) throws IOException {
        Files.writeString(run.resolve("checkpoint.json"), CHECKPOINT);
        Path npz = CheckpointExport.export(run, "npz");
        assertEquals(run.resolve("model.npz"), npz);
        ExportFormatsTest.assertSame(expected(), ExportFormatsTest.readNpz(Files.readAllBytes(npz)));
        Path st = CheckpointExport.export(run, "safetensors");
        ExportFormatsTest.assertSame(expected(), ExportFormatsTest.readSafetensors(Files.readAllBytes(st)));
    }

    @Test
    void missingCheckpointAndUnknownFormatAreOneLineErrors(@TempDir Path run) {
        String m = assertThrows(IllegalArgumentException.class, () -> CheckpointExport.export(run, "npz")).getMessage();
        assertTrue(m.endsWith("checkpoint.json: no checkpoint; is this a run directory?"), m);
        m = assertThrows(IllegalArgumentException.class, () -> CheckpointExport.export(run, "onnx")).getMessage();
        assertEquals("unknown export format 'onnx'; known: [npz, safetensors]", m);
    }
}
