// SPDX-License-Identifier: Apache-2.0
package org.fsnn.gpu.opencl;

import static org.jocl.CL.CL_DEVICE_DOUBLE_FP_CONFIG;
import static org.jocl.CL.CL_DEVICE_EXTENSIONS;
import static org.jocl.CL.CL_DEVICE_GLOBAL_MEM_SIZE;
import static org.jocl.CL.CL_DEVICE_NAME;
import static org.jocl.CL.CL_DEVICE_NOT_FOUND;
import static org.jocl.CL.CL_DEVICE_TYPE;
import static org.jocl.CL.CL_DEVICE_TYPE_ALL;
import static org.jocl.CL.CL_PLATFORM_NAME;
import static org.jocl.CL.clGetDeviceIDs;
import static org.jocl.CL.clGetDeviceInfo;
import static org.jocl.CL.clGetPlatformIDs;
import static org.jocl.CL.clGetPlatformInfo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fsnn.api.backend.Availability;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * Finds the OpenCL platforms and devices of this machine through JOCL, once per process.
 *
 * <p>Enumeration never throws: a missing {@code libOpenCL.so} (found missing by
 * {@link OpenClLibrary} before JOCL is touched, or JOCL's native load failing with a
 * {@link LinkageError}), no platform ({@code CL_PLATFORM_NOT_FOUND_KHR}) or any OpenCL error
 * becomes a reason with a hint.
 */
final class OpenClDevices {
    /** {@code CL_PLATFORM_NOT_FOUND_KHR}, returned by the ICD loader when no platform is installed. */
    static final int PLATFORM_NOT_FOUND = -1001;
    /** How to get a runtime: the loader with the unversioned libOpenCL.so that JOCL opens, and a driver. */
    static final String INSTALL_HINT = "install an OpenCL runtime: apt-get install ocl-icd-libopencl1 ocl-icd-opencl-dev "
            + "pocl-opencl-icd, or a GPU driver with OpenCL";

    /** Where Linux distributions put {@code libOpenCL}. */
    static final List<Path> LIBRARY_DIRS = List.of(Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/usr/lib/aarch64-linux-gnu"),
            Path.of("/usr/lib64"), Path.of("/usr/lib"), Path.of("/lib/x86_64-linux-gnu"), Path.of("/lib/aarch64-linux-gnu"),
            Path.of("/lib64"), Path.of("/lib"), Path.of("/usr/local/lib"));

    private static volatile Enumeration cached;

    private OpenClDevices() {}

    /** The devices found, or why none could be listed. */
    record Enumeration(List<DeviceInfo> devices, Availability failure) {
        boolean failed() {
            return failure != null;
        }
    }

    /** The devices of this machine, enumerated on first use. */
    static Enumeration enumerate() {
        Enumeration e = cached;
        if (e == null) {
            synchronized (OpenClDevices.class) {
                e = cached;
                if (e == null) {
                    e = enumerateNow();
                    cached = e;
                }
            }
        }
        return e;
    }

    private static Enumeration enumerateNow() {
        List<Path> dirs = OpenClLibrary.searchDirs();
        if (!OpenClLibrary.findable(dirs)) {
            return new Enumeration(List.of(), Availability.unavailable("OpenCL: the native library could not be"
                    + " loaded (no " + OpenClLibrary.NAME + " on LD_LIBRARY_PATH or in the system's library directories)",
                    loadHint(dirs)));
        }
        try {
            CL.setExceptionsEnabled(true);
            List<DeviceInfo> devices = new ArrayList<>();
            cl_platform_id[] platforms = platforms();
            if (platforms.length == 0) {
                return failure("OpenCL: no platform is installed (CL_PLATFORM_NOT_FOUND_KHR)");
            }
            for (int p = 0; p < platforms.length; p++) {
                String platformName = platformString(platforms[p], CL_PLATFORM_NAME);
                cl_device_id[] ids = devices(platforms[p]);
                for (int d = 0; d < ids.length; d++) {
                    devices.add(describe(p, d, platformName, ids[d]));
                }
            }
            return new Enumeration(List.copyOf(devices), null);
        } catch (LinkageError e) {
            return new Enumeration(List.of(), Availability.unavailable(
                    "OpenCL: the native library could not be loaded (" + e.getMessage() + ")", loadHint(LIBRARY_DIRS)));
        } catch (CLException e) {
            if (e.getStatus() == PLATFORM_NOT_FOUND) {
                return failure("OpenCL: no platform is installed (CL_PLATFORM_NOT_FOUND_KHR)");
            }
            return failure("OpenCL: enumerating devices failed: " + e.getMessage());
        } catch (RuntimeException e) {
            return failure("OpenCL: enumerating devices failed: " + e);
        }
    }

    /**
     * The hint for a failed native load. JOCL opens {@code libOpenCL.so} by that name, which the
     * runtime packages of some distributions do not provide (they install only
     * {@code libOpenCL.so.1}); say so when that is the case.
     */
    static String loadHint(List<Path> libraryDirs) {
        for (Path dir : libraryDirs) {
            Path versioned = dir.resolve("libOpenCL.so.1");
            if (Files.exists(versioned) && !Files.exists(dir.resolve("libOpenCL.so"))) {
                return versioned + " is installed but JOCL opens libOpenCL.so: apt-get install ocl-icd-opencl-dev, "
                        + "or link libOpenCL.so to it in a directory on LD_LIBRARY_PATH";
            }
        }
        return INSTALL_HINT;
    }

    private static Enumeration failure(String reason) {
        return new Enumeration(List.of(), Availability.unavailable(reason, INSTALL_HINT));
    }

    /** Every platform; empty when none is installed. */
    static cl_platform_id[] platforms() {
        int[] count = new int[1];
        try {
            clGetPlatformIDs(0, null, count);
        } catch (CLException e) {
            if (e.getStatus() == PLATFORM_NOT_FOUND) {
                return new cl_platform_id[0];
            }
            throw e;
        }
        cl_platform_id[] platforms = new cl_platform_id[count[0]];
        if (count[0] > 0) {
            clGetPlatformIDs(count[0], platforms, null);
        }
        return platforms;
    }

    /** Every device of a platform; empty when it has none. */
    static cl_device_id[] devices(cl_platform_id platform) {
        int[] count = new int[1];
        try {
            clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 0, null, count);
        } catch (CLException e) {
            if (e.getStatus() == CL_DEVICE_NOT_FOUND) {
                return new cl_device_id[0];
            }
            throw e;
        }
        cl_device_id[] ids = new cl_device_id[count[0]];
        clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, count[0], ids, null);
        return ids;
    }

    private static DeviceInfo describe(int p, int d, String platformName, cl_device_id id) {
        String name = deviceString(id, CL_DEVICE_NAME);
        DeviceType type = DeviceType.of(deviceLong(id, CL_DEVICE_TYPE));
        boolean fp64 = deviceString(id, CL_DEVICE_EXTENSIONS).contains("cl_khr_fp64")
                || deviceLong(id, CL_DEVICE_DOUBLE_FP_CONFIG) != 0;
        return new DeviceInfo(p, d, platformName, name, type, fp64, deviceLong(id, CL_DEVICE_GLOBAL_MEM_SIZE));
    }

    static String platformString(cl_platform_id platform, int param) {
        long[] size = new long[1];
        clGetPlatformInfo(platform, param, 0, null, size);
        byte[] bytes = new byte[(int) size[0]];
        clGetPlatformInfo(platform, param, bytes.length, Pointer.to(bytes), null);
        return cString(bytes);
    }

    static String deviceString(cl_device_id device, int param) {
        long[] size = new long[1];
        clGetDeviceInfo(device, param, 0, null, size);
        byte[] bytes = new byte[(int) size[0]];
        clGetDeviceInfo(device, param, bytes.length, Pointer.to(bytes), null);
        return cString(bytes);
    }

    /** A {@code cl_ulong}, {@code cl_bitfield} or (on 64-bit hosts) {@code size_t} property. */
    static long deviceLong(cl_device_id device, int param) {
        long[] value = new long[1];
        clGetDeviceInfo(device, param, Sizeof.cl_ulong, Pointer.to(value), null);
        return value[0];
    }

    private static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8).trim();
    }
}
