// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import static org.jocl.CL.CL_CONTEXT_PLATFORM;
import static org.jocl.CL.CL_DEVICE_LOCAL_MEM_SIZE;
import static org.jocl.CL.CL_DEVICE_MAX_WORK_GROUP_SIZE;
import static org.jocl.CL.CL_DEVICE_MAX_WORK_ITEM_SIZES;
import static org.jocl.CL.CL_KERNEL_PREFERRED_WORK_GROUP_SIZE_MULTIPLE;
import static org.jocl.CL.CL_KERNEL_WORK_GROUP_SIZE;
import static org.jocl.CL.CL_PROGRAM_BUILD_LOG;
import static org.jocl.CL.clBuildProgram;
import static org.jocl.CL.clCreateCommandQueueWithProperties;
import static org.jocl.CL.clCreateContext;
import static org.jocl.CL.clCreateKernel;
import static org.jocl.CL.clCreateProgramWithSource;
import static org.jocl.CL.clEnqueueNDRangeKernel;
import static org.jocl.CL.clEnqueueReadBuffer;
import static org.jocl.CL.clFinish;
import static org.jocl.CL.clGetDeviceInfo;
import static org.jocl.CL.clGetKernelWorkGroupInfo;
import static org.jocl.CL.clGetProgramBuildInfo;
import static org.jocl.CL.clReleaseCommandQueue;
import static org.jocl.CL.clReleaseContext;
import static org.jocl.CL.clReleaseMemObject;
import static org.jocl.CL.clReleaseProgram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.fsnn.api.backend.BinaryOp;
import org.fsnn.api.backend.ReduceOp;
import org.fsnn.api.backend.UnaryOp;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.NativePointerObject;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_platform_id;
import org.jocl.cl_program;
import org.jocl.cl_queue_properties;

/**
 * One OpenCL context on one device: its in-order command queue, the kernel program (compiled
 * once, when the backend opens), the kernels, and the launch sizes chosen for the device.
 *
 * <p>The program is the concatenation of the {@code .cl} resources of this package, preceded by
 * {@code #define}s generated from the {@link UnaryOp}, {@link BinaryOp} and {@link ReduceOp}
 * enums and the GEMM blocking. Launches are serialized: a kernel object's arguments are shared
 * state.
 */
final class ClRuntime implements AutoCloseable {
    private static final String[] SOURCES = {"common.cl", "elementwise.cl", "reduce.cl", "linalg.cl", "layout.cl"};
    private static final String[] KERNELS = {"fill", "map", "map_grad", "zip", "reduce", "gemm", "gemm_small", "matvec",
        "transpose", "solve_block_upper", "copy_columns", "gather_sum"};
    /** The k-depth of the GEMM tiles staged in local memory; {@code DEPTH} in linalg.cl. */
    private static final int DEPTH = 16;
    /** Upper bound on one-dimensional work-group sizes; larger groups bring nothing here. */
    private static final int MAX_GROUP = 256;

    private final cl_device_id device;
    private final cl_context context;
    private cl_command_queue queue;
    private cl_program program;
    private final Map<String, cl_kernel> kernels = new HashMap<>();
    private final Map<String, Integer> groupSizes = new HashMap<>();
    private DeviceMemory memory;
    private int group;
    private int work;
    private volatile boolean closed;

    /**
     * Creates the context and queue on a device and compiles the program.
     *
     * @throws CLException or {@link IllegalStateException} when that fails; nothing stays allocated
     */
    ClRuntime(DeviceInfo info) {
        CL.setExceptionsEnabled(true);
        cl_platform_id platform = OpenClDevices.platforms()[info.platformIndex()];
        device = OpenClDevices.devices(platform)[info.deviceIndex()];
        cl_context_properties properties = new cl_context_properties();
        properties.addProperty(CL_CONTEXT_PLATFORM, platform);
        context = clCreateContext(properties, 1, new cl_device_id[] {device}, null, null, null);
        cl_program built = null;
        try {
            queue = createQueue();
            memory = new DeviceMemory(context);
            chooseGemmBlocking();
            built = build();
            createKernels(built);
            // A kernel may allow smaller groups than the device (register pressure): shrink them.
            while (group > 1 && kernelLimit("gemm") < (long) group * group) {
                releaseKernels();
                clReleaseProgram(built);
                built = null;
                group /= 2;
                built = build();
                createKernels(built);
            }
            program = built;
            for (String k : KERNELS) {
                groupSizes.put(k, groupSize(k));
            }
        } catch (RuntimeException e) {
            releaseKernels();
            if (built != null) {
                clReleaseProgram(built);
            }
            if (queue != null) {
                clReleaseCommandQueue(queue);
            }
            clReleaseContext(context);
            throw e;
        }
    }

    /** An in-order queue; OpenCL 1.2 platforms lack the 2.0 entry point and get the older one. */
    @SuppressWarnings("deprecation")
    private cl_command_queue createQueue() {
        try {
            return clCreateCommandQueueWithProperties(context, device, new cl_queue_properties(), null);
        } catch (UnsupportedOperationException | LinkageError | CLException e) {
            return CL.clCreateCommandQueue(context, device, 0, null);
        }
    }

    DeviceMemory memory() {
        return memory;
    }

    /** The edge of the output block one GEMM work-group computes. */
    int gemmEdge() {
        return group * work;
    }

    /** The GEMM blocking in words, e.g. {@code "GEMM 16×16 items × 4×4 elements"}. */
    String gemmBlocking() {
        return "GEMM " + group + "×" + group + " items × " + work + "×" + work + " elements";
    }

    /**
     * The GEMM work-group edge (up to 16, a power of two whose square fits the device's work-group
     * limits) and the elements per item (up to 4×4, while both staged tiles fit local memory).
     */
    private void chooseGemmBlocking() {
        long maxGroup = OpenClDevices.deviceLong(device, CL_DEVICE_MAX_WORK_GROUP_SIZE);
        long[] itemSizes = new long[3];
        clGetDeviceInfo(device, CL_DEVICE_MAX_WORK_ITEM_SIZES, 3L * Sizeof.size_t, Pointer.to(itemSizes), null);
        long localBytes = OpenClDevices.deviceLong(device, CL_DEVICE_LOCAL_MEM_SIZE);
        group = 16;
        while (group > 1 && ((long) group * group > maxGroup || group > itemSizes[0] || group > itemSizes[1])) {
            group /= 2;
        }
        work = 4;
        while (work > 1 && localTileBytes(group * work) > localBytes) {
            work /= 2;
        }
    }

    /** The local memory of the two staged tiles, padded as in linalg.cl. */
    private static long localTileBytes(int edge) {
        return ((long) edge * (DEPTH + 1) + (long) DEPTH * (edge + 1)) * Sizeof.cl_double;
    }

    private cl_program build() {
        String source = defines() + loadSources();
        cl_program p = clCreateProgramWithSource(context, 1, new String[] {source}, null, null);
        try {
            clBuildProgram(p, 1, new cl_device_id[] {device}, "", null, null);
        } catch (CLException e) {
            String log = buildLog(p);
            clReleaseProgram(p);
            throw new IllegalStateException("opencl: the kernel program does not compile: " + e.getMessage() + "\n" + log, e);
        }
        return p;
    }

    private String defines() {
        StringBuilder s = new StringBuilder();
        s.append("#define GROUP ").append(group).append('\n').append("#define WORK ").append(work).append('\n');
        for (UnaryOp op : UnaryOp.values()) {
            s.append("#define OP_").append(op.name()).append(' ').append(op.ordinal()).append('\n');
        }
        for (BinaryOp op : BinaryOp.values()) {
            s.append("#define BOP_").append(op.name()).append(' ').append(op.ordinal()).append('\n');
        }
        for (ReduceOp op : ReduceOp.values()) {
            s.append("#define ROP_").append(op.name()).append(' ').append(op.ordinal()).append('\n');
        }
        return s.toString();
    }

    /** The kernel sources, read from this module's own package. */
    private static String loadSources() {
        StringBuilder s = new StringBuilder();
        for (String name : SOURCES) {
            try (InputStream in = ClRuntime.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("opencl: kernel source " + name + " is missing from the module");
                }
                s.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("opencl: cannot read kernel source " + name, e);
            }
        }
        return s.toString();
    }

    private String buildLog(cl_program p) {
        try {
            long[] size = new long[1];
            clGetProgramBuildInfo(p, device, CL_PROGRAM_BUILD_LOG, 0, null, size);
            byte[] log = new byte[(int) size[0]];
            clGetProgramBuildInfo(p, device, CL_PROGRAM_BUILD_LOG, log.length, Pointer.to(log), null);
            return new String(log, StandardCharsets.UTF_8).trim();
        } catch (CLException e) {
            return "(no build log: " + e.getMessage() + ")";
        }
    }

    private void releaseKernels() {
        kernels.values().forEach(CL::clReleaseKernel);
        kernels.clear();
    }

    private void createKernels(cl_program p) {
        for (String k : KERNELS) {
            kernels.put(k, clCreateKernel(p, k, null));
        }
    }

    private long kernelLimit(String name) {
        long[] value = new long[1];
        clGetKernelWorkGroupInfo(kernels.get(name), device, CL_KERNEL_WORK_GROUP_SIZE, Sizeof.size_t, Pointer.to(value), null);
        return value[0];
    }

    /** The one-dimensional work-group size: as large as allowed up to 256, a multiple of the preferred one. */
    private int groupSize(String name) {
        long[] preferred = new long[1];
        clGetKernelWorkGroupInfo(kernels.get(name), device, CL_KERNEL_PREFERRED_WORK_GROUP_SIZE_MULTIPLE, Sizeof.size_t,
                Pointer.to(preferred), null);
        long limit = Math.min(MAX_GROUP, kernelLimit(name));
        long multiple = Math.max(1, preferred[0]);
        return (int) Math.max(1, multiple <= limit ? limit / multiple * multiple : limit);
    }

    /** Runs a one-dimensional kernel over {@code n} items; it must ignore items {@code >= n}. */
    void launch(String name, int n, Object... args) {
        int group = groupSizes.get(name);
        long global = ((long) n + group - 1) / group * group;
        enqueue(name, new long[] {global}, new long[] {group}, args);
    }

    /** Runs the tiled GEMM kernel over an {@code m × n} output for each of {@code batch} members. */
    void launchGemm(int m, int n, int batch, Object... args) {
        int edge = gemmEdge();
        long cols = ((long) n + edge - 1) / edge * group;
        long rows = ((long) m + edge - 1) / edge * group;
        enqueue("gemm", new long[] {cols, rows, batch}, new long[] {group, group, 1}, args);
    }

    private synchronized void enqueue(String name, long[] global, long[] local, Object[] args) {
        checkOpen();
        cl_kernel kernel = kernels.get(name);
        for (int i = 0; i < args.length; i++) {
            setArg(kernel, i, args[i]);
        }
        clEnqueueNDRangeKernel(queue, kernel, global.length, null, global, local, 0, null, null);
    }

    private static void setArg(cl_kernel kernel, int index, Object arg) {
        switch (arg) {
            case ClBuffer b -> clSetPointer(kernel, index, b.mem());
            case cl_mem m -> clSetPointer(kernel, index, m);
            case Integer i -> CL.clSetKernelArg(kernel, index, Sizeof.cl_int, Pointer.to(new int[] {i}));
            case Boolean b -> CL.clSetKernelArg(kernel, index, Sizeof.cl_int, Pointer.to(new int[] {b ? 1 : 0}));
            case Double d -> CL.clSetKernelArg(kernel, index, Sizeof.cl_double, Pointer.to(new double[] {d}));
            default -> throw new IllegalArgumentException("opencl: unsupported kernel argument " + arg);
        }
    }

    private static void clSetPointer(cl_kernel kernel, int index, NativePointerObject mem) {
        CL.clSetKernelArg(kernel, index, Sizeof.cl_mem, Pointer.to(mem));
    }

    /** Copies a device buffer to the heap, after every queued kernel has finished. */
    double[] read(ClBuffer buffer) {
        double[] out = new double[buffer.length()];
        synchronized (this) {
            checkOpen();
            clEnqueueReadBuffer(queue, buffer.mem(), true, 0, (long) out.length * Sizeof.cl_double, Pointer.to(out), 0, null,
                    null);
        }
        return out;
    }

    /** Releases an index buffer; OpenCL keeps it until the kernels already queued are done with it. */
    static void releaseIndices(cl_mem mem) {
        clReleaseMemObject(mem);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("opencl: the backend is closed");
        }
    }

    /** Frees every buffer, kernel, the program, queue and context; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        clFinish(queue);
        memory.releaseAll();
        releaseKernels();
        clReleaseProgram(program);
        clReleaseCommandQueue(queue);
        clReleaseContext(context);
    }
}
